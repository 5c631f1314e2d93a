//! The emulator's UI surface: what a person does in the two web UIs, as one typed action. The CLI's
//! `oa-rt emulator ui`, the guided steps' simulated operator and the emulator share this type; on the wire it is
//! `POST /_emulator/ui/<name>` with the action's fields as a JSON body.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One UI action. Its [`UiAction::name`] is the path segment; the fields are the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case", deny_unknown_fields)]
pub enum UiAction {
    /// NetSuite: install or update a bundle (Customization > SuiteBundler).
    InstallBundle { bundle: String, version: String },
    /// NetSuite: set the Scripted Records order of a record type (drag the rows).
    Order {
        #[serde(rename = "recordType")]
        record_type: String,
        /// The full order, first to last (script ids); scripts not named keep their relative order after these.
        #[serde(default)]
        scripts: Vec<String>,
        /// Or just move one script to the end.
        #[serde(default)]
        last: Option<String>,
    },
    /// NetSuite: edit a script deployment in the UI (never refused like the API).
    EditDeployment {
        deployment: String,
        set: Map<String, Value>,
    },
    /// NetSuite: set a role's permission level (Setup > Users/Roles > Manage Roles).
    SetPermission {
        /// Role name or internal id.
        role: String,
        permission: String,
        level: u8,
    },
    /// NetSuite: save a record with an execution context; runs the user event scripts.
    SaveRecord {
        /// `TYPE:ID`.
        record: String,
        #[serde(default = "userinterface")]
        context: String,
        #[serde(default = "edit")]
        event: String,
        #[serde(default)]
        set: Map<String, Value>,
    },
    /// OpenAir: tick the NetSuite Connector admin form's boxes (unset: left as they are).
    OpenairAdmin {
        #[serde(default)]
        realtime: Option<bool>,
        #[serde(default)]
        oauth2: Option<bool>,
        #[serde(default)]
        leads: Option<bool>,
        #[serde(default)]
        prospects: Option<bool>,
    },
    /// OpenAir: "Generate new real-time import certificate".
    GenerateCertificate,
    /// OpenAir: start or finish a scheduled integration run.
    ScheduledRun {
        /// "start" or "finish".
        state: String,
    },
    /// Both: move the clock forward.
    Clock { advance_seconds: i64 },
}

fn userinterface() -> String {
    "userinterface".into()
}
fn edit() -> String {
    "edit".into()
}

/// Every action's name, with its one-line description (the CLI's help and `GET /_emulator/ui`).
pub const ACTIONS: &[(&str, &str)] = &[
    (
        "install-bundle",
        "NetSuite: install or update a bundle (Customization > SuiteBundler)",
    ),
    (
        "order",
        "NetSuite: set the Scripted Records order of a record type (drag the rows)",
    ),
    (
        "edit-deployment",
        "NetSuite: edit a script deployment in the UI (never refused like the API)",
    ),
    (
        "set-permission",
        "NetSuite: set a role's permission level (Setup > Users/Roles > Manage Roles)",
    ),
    (
        "save-record",
        "NetSuite: save a record with an execution context; runs the user event scripts",
    ),
    (
        "openair-admin",
        "OpenAir: tick the NetSuite Connector admin form's boxes",
    ),
    (
        "generate-certificate",
        "OpenAir: \"Generate new real-time import certificate\"",
    ),
    (
        "scheduled-run",
        "OpenAir: start or finish a scheduled integration run",
    ),
    (
        "clock",
        "Both: move the clock forward (certificates expire; OpenAir rotates before expiry)",
    ),
];

impl UiAction {
    /// The action's name: the last path segment of `POST /_emulator/ui/<name>`.
    pub fn name(&self) -> &'static str {
        match self {
            UiAction::InstallBundle { .. } => "install-bundle",
            UiAction::Order { .. } => "order",
            UiAction::EditDeployment { .. } => "edit-deployment",
            UiAction::SetPermission { .. } => "set-permission",
            UiAction::SaveRecord { .. } => "save-record",
            UiAction::OpenairAdmin { .. } => "openair-admin",
            UiAction::GenerateCertificate => "generate-certificate",
            UiAction::ScheduledRun { .. } => "scheduled-run",
            UiAction::Clock { .. } => "clock",
        }
    }

    /// The request body: the fields without the name.
    pub fn body(&self) -> Value {
        let mut v = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.remove("action");
        }
        v
    }

    /// Reads an action from its name and body, as the emulator receives it.
    pub fn from_request(name: &str, body: Value) -> Result<UiAction, String> {
        if !ACTIONS.iter().any(|(a, _)| *a == name) {
            return Err(format!(
                "unknown action '{name}'; actions: {}",
                ACTIONS
                    .iter()
                    .map(|(a, _)| *a)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let mut fields = match body {
            Value::Object(m) => m,
            Value::Null => Map::new(),
            other => return Err(format!("bad arguments: {other} is not an object")),
        };
        fields.insert("action".into(), Value::String(name.into()));
        serde_json::from_value(Value::Object(fields)).map_err(|e| format!("bad arguments: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn name_and_body_round_trip() {
        let actions = [
            UiAction::InstallBundle {
                bundle: "369637".into(),
                version: "5.06".into(),
            },
            UiAction::Order {
                record_type: "CUSTOMER".into(),
                scripts: vec![],
                last: Some("customscript_x".into()),
            },
            UiAction::GenerateCertificate,
            UiAction::Clock {
                advance_seconds: 60,
            },
        ];
        for a in actions {
            let back = UiAction::from_request(a.name(), a.body()).unwrap();
            assert_eq!(back, a);
        }
        assert_eq!(
            UiAction::Order {
                record_type: "CUSTOMER".into(),
                scripts: vec![],
                last: None
            }
            .body(),
            json!({"recordType": "CUSTOMER", "scripts": [], "last": null})
        );
        assert_eq!(UiAction::GenerateCertificate.body(), json!({}));
    }

    #[test]
    fn unknown_actions_and_fields_are_refused() {
        assert!(
            UiAction::from_request("fly", json!({}))
                .unwrap_err()
                .contains("unknown action 'fly'")
        );
        assert!(
            UiAction::from_request("clock", json!({"advance_seconds": 1, "x": 2}))
                .unwrap_err()
                .contains("bad arguments")
        );
        // Defaults as the UI has them.
        let UiAction::SaveRecord { context, event, .. } =
            UiAction::from_request("save-record", json!({"record": "customer:1"})).unwrap()
        else {
            panic!()
        };
        assert_eq!(
            (context.as_str(), event.as_str()),
            ("userinterface", "edit")
        );
    }
}
