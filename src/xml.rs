//! A small element tree over quick-xml, for the OpenAir XML API (the client reads answers, the emulator reads
//! requests). The documents are small and their shape varies by command, so a tree is simpler than typed serde.

use std::fmt::Write as _;

use quick_xml::events::{BytesStart, Event};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Element>,
    pub text: String,
}

impl Element {
    pub fn new(name: impl Into<String>) -> Self {
        Element {
            name: name.into(),
            ..Default::default()
        }
    }
    pub fn attr(mut self, k: impl Into<String>, v: impl Into<String>) -> Self {
        self.attrs.push((k.into(), v.into()));
        self
    }
    pub fn child(mut self, c: Element) -> Self {
        self.children.push(c);
        self
    }
    /// A child element holding only text: `<name>text</name>`.
    pub fn leaf(name: impl Into<String>, text: impl Into<String>) -> Self {
        Element {
            name: name.into(),
            text: text.into(),
            ..Default::default()
        }
    }
    pub fn get_attr(&self, k: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
    pub fn find(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
    /// The text of a direct child, trimmed.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.find(name).map(|c| c.text.trim())
    }

    /// Serializes with escaping; `declaration` adds the XML declaration OpenAir documents use.
    pub fn to_xml(&self, declaration: bool) -> String {
        let mut out = String::new();
        if declaration {
            out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        }
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        let _ = write!(out, "<{}", self.name);
        for (k, v) in &self.attrs {
            let _ = write!(out, " {k}=\"{}\"", quick_xml::escape::escape(v.as_str()));
        }
        if self.children.is_empty() && self.text.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        out.push_str(&quick_xml::escape::escape(self.text.as_str()));
        for c in &self.children {
            c.write(out);
        }
        let _ = write!(out, "</{}>", self.name);
    }
}

/// Parses a document into its root element. Errors are one short line (never panics on bad input).
pub fn parse(input: &str) -> Result<Element, String> {
    let mut reader = quick_xml::Reader::from_str(input);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => stack.push(start(&e)?),
            Ok(Event::Empty(e)) => {
                let el = start(&e)?;
                close(el, &mut stack, &mut root)?;
            }
            Ok(Event::End(_)) => {
                let el = stack.pop().ok_or("unbalanced end tag")?;
                close(el, &mut stack, &mut root)?;
            }
            Ok(Event::Text(t)) => {
                if let Some(top) = stack.last_mut() {
                    // Entity references arrive as their own events, so the text needs no unescaping.
                    top.text.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(top) = stack.last_mut() {
                    let entity = format!("&{};", &*r);
                    let s = quick_xml::escape::unescape(&entity)
                        .map_err(|e| format!("bad entity: {e}"))?;
                    top.text.push_str(&s);
                }
            }
            Ok(Event::CData(t)) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&t);
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                return Err(format!(
                    "malformed XML at byte {}: {e}",
                    reader.buffer_position()
                ));
            }
        }
    }
    if !stack.is_empty() {
        return Err("malformed XML: unclosed element".into());
    }
    root.ok_or_else(|| "empty XML document".to_string())
}

fn start(e: &BytesStart) -> Result<Element, String> {
    let name = e.name().as_ref().to_string();
    let mut el = Element::new(name);
    for a in e.attributes() {
        let a = a.map_err(|e| format!("bad attribute: {e}"))?;
        let key = a.key.as_ref().to_string();
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("bad attribute value: {e}"))?
            .into_owned();
        el.attrs.push((key, value));
    }
    Ok(el)
}

fn close(el: Element, stack: &mut [Element], root: &mut Option<Element>) -> Result<(), String> {
    match stack.last_mut() {
        Some(parent) => {
            parent.children.push(el);
            Ok(())
        }
        None if root.is_none() => {
            *root = Some(el);
            Ok(())
        }
        None => Err("more than one root element".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_escaping() {
        let doc = Element::new("request")
            .attr("client", "a \"b\" & <c>")
            .child(Element::new("Auth").child(Element::leaf("password", "p<&>'\"w")))
            .child(Element::new("Whoami"));
        let xml = doc.to_xml(true);
        let back = parse(&xml).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        for bad in [
            "", "<a>", "<a></b>", "<a/><b/>", "<<>>", "<a x=1/>", "\u{0}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} parsed");
        }
    }
}
