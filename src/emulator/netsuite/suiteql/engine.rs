//! SuiteQL on SQLite: the part of the NetSuite emulator that answers
//! `POST /services/rest/query/v1/suiteql`.
//!
//! # How a query is run
//! 1. [`translate`] splits the SuiteQL text into tokens (a small hand-written tokenizer),
//!    refuses what NetSuite refuses (several statements, anything but a query, `LIMIT`) and
//!    the few SQLite-only forms sqlparser used to refuse (backquotes, `GLOB`, `MATCH`,
//!    `ISNULL`, `NOTNULL`, `INDEXED BY`, `IS` with anything but NULL/TRUE/FALSE/DISTINCT),
//!    rewrites the Oracle row-capping forms into SQLite `LIMIT`/`OFFSET` and `BUILTIN.X(..)`
//!    calls into `builtin_x(..)`, and edits the text in place (everything else is passed on
//!    as written).
//! 2. [`run_page`] prepares that SQL with an authorizer installed: SQLite's own parser
//!    decides what is valid, and the authorizer sees every table and column the query reads,
//!    so that only the emulator's public record tables can be read (its own `emu_*` tables,
//!    `sqlite_master`, table-valued functions … are reported as unknown records) and refused
//!    columns are unknown; then it steps through the result once, counting every row and
//!    keeping the requested window.
//! 3. SQLite's refusals are mapped onto the NetSuite error texts kept in [`SuiteQlError`].
//!
//! # Why tokens and not a syntax tree
//! The emulator parsed SuiteQL with sqlparser until issue 13: 4.5 MiB of the 14 MiB binary
//! for work SQLite's parser does anyway. The rewrites need little structure: a token is a
//! word, a number, a 'string', a "quoted name", an operator or a parenthesis (comments are
//! skipped), so `LIMIT` is found only where it is a word (never in a string literal, a quoted
//! identifier or a comment); parentheses and CASE … END are paired, and each query
//! (statement, subquery, derived table, common table expression, parenthesised UNION branch)
//! is split into its branches, clauses (FROM, WHERE, GROUP BY, HAVING) and tail (ORDER BY,
//! OFFSET, FETCH), so `FETCH FIRST` / `ROWNUM` are handled per (sub)query. Constructs SQLite
//! cannot run (Oracle `(+)` joins, `CONNECT BY`, `DATE '..'` literals) are passed on as
//! written and SQLite refuses them (a syntax error is a "Parse of query string failed").
//! Its behaviour was compared query by query with the sqlparser version on some 250 queries
//! (issue 13): the same rows, columns and errors, except the wording of syntax errors (now
//! SQLite's, e.g. `near "FROM": syntax error`) and the key of an unaliased expression
//! (see "Result columns").
//!
//! # Row capping supported
//! * `FETCH { FIRST | NEXT } [n] { ROW | ROWS } ONLY` → `LIMIT n` (no n means 1);
//!   `PERCENT` and `WITH TIES` are refused.
//! * `OFFSET m { ROW | ROWS }` (Oracle 12c, optional before FETCH) → `LIMIT .. OFFSET m`.
//! * `ROWNUM <op> <integer>` (op one of `<= < = >= > <> !=`, either side) when it is a
//!   top-level `AND` condition of the `WHERE` of a plain SELECT (including a subquery's, and
//!   the classic `SELECT * FROM (.. ORDER BY ..) WHERE ROWNUM <= n`). It is removed from
//!   the WHERE and becomes a `LIMIT` with Oracle's meaning: `ROWNUM = 1` → 1 row,
//!   `ROWNUM = 2` or `ROWNUM > 1` → no rows, `ROWNUM <> 5` → 4 rows. Oracle numbers rows
//!   before ORDER BY, so its rows are "any n rows, then sorted"; the emulator returns the
//!   first n in sort order, which is one of the results Oracle may give.
//! * Refused (emulator limitation): ROWNUM anywhere else (select list, OR, BETWEEN, a UNION
//!   branch), and ROWNUM in a SELECT with GROUP BY, HAVING, DISTINCT or aggregates, where a
//!   LIMIT would not mean the same as Oracle's filter-before-aggregation.
//! * Counts must be integer literals; negative counts act as 0, as in Oracle.
//!
//! # Other rewrites
//! * `BUILTIN.X(..)` → `builtin_x(..)` (only `builtin_df` is registered, as the identity).
//! * `a / b` → `a * 1.0 / b`: Oracle divides exactly, SQLite truncates integers (`*` and `/`
//!   have the same precedence, so `* 1.0` applies to exactly the dividend).
//!
//! # Result columns
//! Keys are SQLite's column names lower-cased: the alias if there is one, the bare column
//! name for `t.col`, otherwise the expression as written, after the rewrites above (for
//! example `builtin_df(d.status)`, `count(*)`, `id * 1.0 / 2`; sqlparser printed these with
//! its own spacing, `count( * )` as `count(*)`). Duplicate names are kept as they are.

use std::sync::{Arc, Mutex};

use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, ErrorCode, config::DbConfig, limits::Limit};

// ---------------------------------------------------------------------------------------
// Error texts: every text a client can see is in this section.
// ---------------------------------------------------------------------------------------

/// HTTP status NetSuite answers a refused SuiteQL query with.
pub const HTTP_STATUS: u16 = 400;
/// `o:errorCode` of a refused SuiteQL query.
pub const ERROR_CODE: &str = "INVALID_PARAMETER";
/// Start of every `detail` of a refused SuiteQL query, as NetSuite words it.
pub const QUERY_PREFIX: &str = "Invalid search query. Detailed unprocessed description follows. ";
/// Start of the `detail` of a query NetSuite refuses while searching (all but an unknown table).
pub const DETAIL_PREFIX: &str =
    "Invalid search query. Detailed unprocessed description follows. Search error occurred: ";

// The reasons after "Parse of query string failed: " are the emulator's own wording
// [assumed]: NetSuite's exact reasons are not publicly documented.
const REASON_EMPTY: &str = "the query is empty";
const REASON_SEVERAL: &str = "only one statement is allowed";
const REASON_NOT_SELECT: &str = "only SELECT queries are allowed";
const REASON_LIMIT: &str = "LIMIT is not supported; use FETCH FIRST n ROWS ONLY, ROWNUM, \
                            or the limit and offset request parameters";
const REASON_FETCH: &str = "FETCH with PERCENT or WITH TIES is not supported by the emulator";
const REASON_FETCH_SYNTAX: &str = "FETCH expects FIRST n ROWS ONLY with n an integer literal";
const REASON_IS: &str = "IS expects [NOT] NULL, TRUE, FALSE or DISTINCT FROM";
const REASON_UNTERMINATED_STRING: &str = "unterminated string literal";
const REASON_UNTERMINATED_IDENTIFIER: &str = "unterminated quoted identifier";
const REASON_UNTERMINATED_COMMENT: &str = "unterminated comment";
const REASON_QUOTING: &str = "identifiers are quoted with double quotes in SuiteQL";
const REASON_SQLITE_ONLY: &str = "not SuiteQL syntax: ";
const REASON_COUNT: &str = "OFFSET and FETCH FIRST expect an integer literal row count";
const REASON_ROWNUM: &str = "the emulator supports ROWNUM only as a top-level WHERE condition \
                             'ROWNUM <op> <integer>' of a SELECT that is not a UNION branch";
const REASON_ROWNUM_GROUPED: &str = "the emulator does not support ROWNUM in a SELECT with \
                                     GROUP BY, HAVING, DISTINCT or aggregate functions";
// Execution texts for what the authorizer refuses besides reading a table.
const TEXT_RECURSIVE: &str = "recursive queries are not supported by the emulator";
const TEXT_NOT_ALLOWED: &str = "operation not allowed in a SuiteQL query";
const TEXT_NO_SUCH_FUNCTION: &str = "no such function: ";
// The emulator's bounds [assumed: NetSuite caps what a query may cost but does not publish its limits or words].
const TEXT_TOO_LARGE: &str = "the query makes a value or an answer larger than the emulator allows";
const TEXT_TOO_LONG: &str = "the query ran longer than the emulator allows";

/// The largest value (string or blob) a query may make, in bytes: far above any real field.
pub const MAX_VALUE_BYTES: i32 = 1_000_000;
/// The largest page of results, in bytes of its values.
pub const MAX_PAGE_BYTES: usize = 16 * 1024 * 1024;
/// How long one query may run.
pub const MAX_QUERY_TIME: std::time::Duration = std::time::Duration::from_secs(5);

/// Why a SuiteQL query was refused. `Display` gives the NetSuite sentence after
/// [`DETAIL_PREFIX`]; [`SuiteQlError::detail`] gives the whole `detail` text.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SuiteQlError {
    /// Syntax error, `LIMIT`, not a SELECT, several statements, unsupported row capping.
    #[error("Parse of query string failed: {0}")]
    Parse(String),
    /// A table NetSuite does not have (research: "Invalid search type: x." — docs/emulator-fidelity.md).
    #[error("Invalid search type: {0}.")]
    UnknownTable(String),
    /// A table the caller's role may not read ("Record 'x' was not found.", as NetSuite words it for a record
    /// the role cannot see).
    #[error("Record '{0}' was not found.")]
    UnknownRecord(String),
    /// A column the query's tables do not have, with the identifiers it could have used, as NetSuite lists them:
    /// `{alias=table, ...}`.
    #[error("Unknown identifier '{field}'. Available identifiers are: {{{identifiers}}}.")]
    UnknownField { field: String, identifiers: String },
    /// Anything else SQLite refused (unknown function, ambiguous column, bad number …);
    /// SQLite's own message.
    #[error("{0}")]
    Execution(String),
    /// A value or page over the emulator's bounds ([`MAX_VALUE_BYTES`], [`MAX_PAGE_BYTES`]).
    #[error("{TEXT_TOO_LARGE}")]
    TooLarge,
    /// A query over [`MAX_QUERY_TIME`].
    #[error("{TEXT_TOO_LONG}")]
    TooLong,
}

impl SuiteQlError {
    /// The full `detail` of NetSuite's error answer.
    pub fn detail(&self) -> String {
        match self {
            SuiteQlError::UnknownTable(_) => format!("{QUERY_PREFIX}{self}"),
            _ => format!("{DETAIL_PREFIX}{self}"),
        }
    }
}

fn parse_error(reason: &str) -> SuiteQlError {
    SuiteQlError::Parse(reason.to_string())
}

// ---------------------------------------------------------------------------------------
// Translation
// ---------------------------------------------------------------------------------------

/// SuiteQL → SQLite SQL. Refuses `LIMIT`, non-SELECT statements and several statements;
/// rewrites `FETCH FIRST/NEXT n ROWS ONLY` (and `OFFSET m ROWS`) to `LIMIT`/`OFFSET`,
/// `BUILTIN.DF(x)` to `builtin_df(x)` (any `BUILTIN.X` to `builtin_x`), and
/// `ROWNUM <op> n` conditions as described in the module documentation.
pub fn translate(suiteql: &str) -> Result<String, SuiteQlError> {
    Ok(analyse(suiteql)?.sql)
}

/// The translated SQL plus the FROM items NetSuite names when it refuses an unknown field.
struct Translated {
    sql: String,
    /// (alias or table name lower-cased, record name as written), every FROM item.
    tables: Vec<(String, String)>,
}

fn analyse(suiteql: &str) -> Result<Translated, SuiteQlError> {
    let tokens = tokenize(suiteql)?;
    let mut q = Analysis::new(suiteql, tokens);
    // Trailing semicolons end the one statement; any other one starts a second statement.
    let mut end = q.toks.len();
    while end > 0 && q.punct(end - 1, ";") {
        end -= 1;
    }
    if end == 0 {
        return Err(parse_error(REASON_EMPTY));
    }
    if (0..end).any(|i| q.punct(i, ";")) {
        return Err(parse_error(REASON_SEVERAL));
    }
    let first = (0..end).find(|&i| !q.punct(i, "(")).unwrap_or(0);
    if !["SELECT", "WITH", "VALUES"]
        .iter()
        .any(|k| q.word_is(first, k))
    {
        return Err(parse_error(REASON_NOT_SELECT));
    }
    q.check_dialect(end)?;
    if q.partner.is_some() {
        q.query(0, end)?;
    }
    // Every ROWNUM the rewrite could turn into a LIMIT is gone; SQLite would report any
    // other one as an unknown column, which would mislead.
    if (0..end).any(|i| q.is_rownum(i) && !q.consumed[i]) {
        return Err(parse_error(REASON_ROWNUM));
    }
    q.local_rewrites(end);
    if end < q.toks.len() {
        q.delete(end, q.toks.len());
    }
    Ok(Translated {
        sql: q.apply(),
        tables: q.tables,
    })
}

// The tokenizer is hand-written (about a hundred lines) rather than taken from a SQL parser crate: SQLite's own
// parser decides what is valid and which tables and columns are read (`run_page`'s authorizer); the emulator
// only needs to see words, literals, quoted names, comments and parentheses to find the few SuiteQL-only forms
// it rewrites (ROWNUM, FETCH/OFFSET, BUILTIN.X, division) and the FROM items it names in errors. A full parser
// (sqlparser) was 4.5 MiB of the binary for that (BENCHMARKS.md, "Binary size").

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An unquoted word: a keyword or an identifier.
    Word,
    /// A double-quoted identifier.
    Quoted,
    /// A single-quoted string literal.
    Str,
    Number,
    /// An operator or punctuation: `(`, `)`, `,`, `.`, `;`, `<=`, `||` …
    Punct,
    /// A parameter (`:x`, `$x`, `@x`): passed to SQLite as written.
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'#' || b >= 0x80
}

/// Splits SuiteQL into tokens, skipping whitespace and comments.
fn tokenize(sql: &str) -> Result<Vec<Token>, SuiteQlError> {
    let bytes = sql.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        let kind = match b {
            _ if b.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            b'-' if at(i + 1) == b'-' => {
                i = sql[i..].find('\n').map_or(bytes.len(), |n| i + n + 1);
                continue;
            }
            b'/' if at(i + 1) == b'*' => {
                let close = sql[i + 2..]
                    .find("*/")
                    .ok_or_else(|| parse_error(REASON_UNTERMINATED_COMMENT))?;
                i += 2 + close + 2;
                continue;
            }
            b'\'' | b'"' => {
                // A doubled quote inside stands for one.
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => {
                            return Err(parse_error(if b == b'\'' {
                                REASON_UNTERMINATED_STRING
                            } else {
                                REASON_UNTERMINATED_IDENTIFIER
                            }));
                        }
                        Some(&c) if c == b && at(i + 1) == b => i += 2,
                        Some(&c) if c == b => break,
                        Some(_) => i += 1,
                    }
                }
                i += 1;
                if b == b'\'' { Kind::Str } else { Kind::Quoted }
            }
            b'0'..=b'9' | b'.' if b != b'.' || at(i + 1).is_ascii_digit() => {
                while i < bytes.len() {
                    let c = bytes[i];
                    if matches!(c, b'e' | b'E') && matches!(at(i + 1), b'+' | b'-') {
                        i += 2;
                    } else if c == b'.' || is_word_byte(c) {
                        i += 1;
                    } else {
                        break;
                    }
                }
                Kind::Number
            }
            b'`' => return Err(parse_error(REASON_QUOTING)),
            // SQLite's `[name]`, which sqlparser let through too.
            b'[' => {
                let close = sql[i..]
                    .find(']')
                    .ok_or_else(|| parse_error(REASON_UNTERMINATED_IDENTIFIER))?;
                i += close + 1;
                Kind::Quoted
            }
            _ if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 => {
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                Kind::Word
            }
            b':' | b'@' | b'$' if is_word_byte(at(i + 1)) => {
                i += 1;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                Kind::Other
            }
            _ => {
                let two = [b, at(i + 1)];
                i += match &two {
                    b"->" if at(i + 2) == b'>' => 3,
                    b"<=" | b">=" | b"<>" | b"!=" | b"||" | b"<<" | b">>" | b"==" | b"->" => 2,
                    _ => 1,
                };
                Kind::Punct
            }
        };
        tokens.push(Token {
            kind,
            start,
            end: i,
        });
    }
    Ok(tokens)
}

/// Words that end a FROM item: never taken as a table alias.
const NOT_ALIASES: &[&str] = &[
    "WHERE",
    "GROUP",
    "HAVING",
    "ORDER",
    "UNION",
    "INTERSECT",
    "EXCEPT",
    "MINUS",
    "JOIN",
    "INNER",
    "LEFT",
    "RIGHT",
    "FULL",
    "CROSS",
    "NATURAL",
    "OUTER",
    "ON",
    "USING",
    "FETCH",
    "OFFSET",
    "LIMIT",
    "WINDOW",
    "CONNECT",
    "START",
    "FOR",
    "PIVOT",
    "UNPIVOT",
    "SAMPLE",
    "INDEXED",
    "NOT",
];

/// Aggregate functions: with one of them in the select list, a LIMIT would not mean ROWNUM's filter.
const AGGREGATES: &[&str] = &[
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "listagg",
    "median",
    "stddev",
    "variance",
    "group_concat",
    "total",
];

/// The tokens of one query with what the rewrite found so far.
struct Analysis<'a> {
    src: &'a str,
    toks: Vec<Token>,
    /// For `(` and `CASE`, the index of the matching `)` or `END`; `None` when they do not balance (SQLite
    /// then reports the syntax error).
    partner: Option<Vec<usize>>,
    /// Text edits: (from byte, to byte, replacement).
    edits: Vec<(usize, usize, String)>,
    /// Tokens of ROWNUM conditions turned into a LIMIT.
    consumed: Vec<bool>,
    tables: Vec<(String, String)>,
}

const NONE: usize = usize::MAX;

impl<'a> Analysis<'a> {
    fn new(src: &'a str, toks: Vec<Token>) -> Self {
        let text = |t: &Token| &src[t.start..t.end];
        let mut partner = vec![NONE; toks.len()];
        let mut stack: Vec<usize> = Vec::new();
        let mut balanced = true;
        for (i, t) in toks.iter().enumerate() {
            let word = t.kind == Kind::Word;
            if t.kind == Kind::Punct && text(t) == "("
                || word && text(t).eq_ignore_ascii_case("CASE")
            {
                stack.push(i);
            } else if t.kind == Kind::Punct && text(t) == ")" {
                match stack.pop() {
                    Some(open) if text(&toks[open]) == "(" => {
                        partner[open] = i;
                        partner[i] = open;
                    }
                    _ => balanced = false,
                }
            } else if word
                && text(t).eq_ignore_ascii_case("END")
                && stack.last().is_some_and(|&o| text(&toks[o]) != "(")
            {
                let open = stack.pop().unwrap_or_default();
                partner[open] = i;
                partner[i] = open;
            }
        }
        let consumed = vec![false; toks.len()];
        Analysis {
            src,
            partner: (balanced && stack.is_empty()).then_some(partner),
            toks,
            edits: Vec::new(),
            consumed,
            tables: Vec::new(),
        }
    }

    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.src[t.start..t.end])
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.text(i) == p
    }

    fn word_is(&self, i: usize, keyword: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.text(i).eq_ignore_ascii_case(keyword)
    }

    fn word_in(&self, i: usize, keywords: &[&str]) -> bool {
        keywords.iter().any(|k| self.word_is(i, k))
    }

    /// The end of `(`…`)` or `CASE`…`END` at `i` (exclusive), else `i + 1`.
    fn skip(&self, i: usize) -> usize {
        match &self.partner {
            Some(p) if p[i] != NONE && p[i] > i => p[i] + 1,
            _ => i + 1,
        }
    }

    fn close_of(&self, i: usize) -> usize {
        self.skip(i) - 1
    }

    fn is_open(&self, i: usize) -> bool {
        self.punct(i, "(")
    }

    /// An identifier's value: a quoted one without its quotes.
    fn ident(&self, i: usize) -> Option<String> {
        match self.kind(i)? {
            Kind::Word => Some(self.text(i).to_string()),
            Kind::Quoted => {
                let t = self.text(i);
                Some(t[1..t.len() - 1].replace("\"\"", "\""))
            }
            _ => None,
        }
    }

    /// A bare `ROWNUM` used as a value (not `t.rownum`, an alias or a function).
    fn is_rownum(&self, i: usize) -> bool {
        // After an operand it is a column alias (`SELECT id rownum`).
        self.word_is(i, "ROWNUM")
            && !(i > 0
                && (self.punct(i - 1, ".")
                    || self.word_is(i - 1, "AS")
                    || self.ends_operand(i - 1)))
            && !self.punct(i + 1, ".")
            && !self.punct(i + 1, "(")
    }

    /// A token that can end an operand (so a word after it is in an operator's place).
    fn ends_operand(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Quoted | Kind::Str | Kind::Number | Kind::Other) => true,
            Some(Kind::Word) => !self.word_in(
                i,
                &[
                    "SELECT", "WHERE", "AND", "OR", "NOT", "ON", "BY", "WHEN", "THEN", "ELSE",
                    "DISTINCT", "ALL", "HAVING", "IS", "IN", "LIKE", "BETWEEN",
                ],
            ),
            Some(Kind::Punct) => self.punct(i, ")"),
            None => false,
        }
    }

    /// Refuses what SQLite would run but SuiteQL does not have: `LIMIT`, and SQLite's own operators.
    fn check_dialect(&self, end: usize) -> Result<(), SuiteQlError> {
        for i in 0..end {
            let after_dot = i > 0 && self.punct(i - 1, ".");
            if self.word_is(i, "LIMIT") && !after_dot {
                return Err(parse_error(REASON_LIMIT));
            }
            if self.word_in(i, &["GLOB", "MATCH", "ISNULL", "NOTNULL", "INDEXED"])
                && i > 0
                && (self.ends_operand(i - 1)
                    || self.word_is(i - 1, "NOT") && i > 1 && self.ends_operand(i - 2))
                && !after_dot
                && !self.word_is(i - 1, "AS")
            {
                return Err(SuiteQlError::Parse(format!(
                    "{REASON_SQLITE_ONLY}'{}'",
                    self.text(i).to_ascii_uppercase()
                )));
            }
            // SQLite's `a IS b` compares any two values; Oracle's IS only tests NULL (and truth values).
            if self.word_is(i, "IS") {
                let next = if self.word_is(i + 1, "NOT") {
                    i + 2
                } else {
                    i + 1
                };
                if !self.word_in(next, &["NULL", "TRUE", "FALSE", "DISTINCT", "UNKNOWN"]) {
                    return Err(parse_error(REASON_IS));
                }
            }
        }
        Ok(())
    }

    // --- edits ---------------------------------------------------------------------------

    /// Removes tokens `[a, b)` with the space before them.
    fn delete(&mut self, a: usize, b: usize) {
        let from = if a == 0 {
            self.toks[a].start
        } else {
            self.toks[a - 1].end
        };
        self.edits.push((from, self.toks[b - 1].end, String::new()));
    }

    fn insert_after(&mut self, i: usize, text: String) {
        let at = self.toks[i].end;
        self.edits.push((at, at, text));
    }

    fn apply(&mut self) -> String {
        self.edits.sort_by_key(|&(from, to, _)| (from, to));
        let mut out = String::with_capacity(self.src.len() + 32);
        let mut cursor = 0;
        for (from, to, text) in &self.edits {
            if *from < cursor {
                continue;
            }
            out.push_str(&self.src[cursor..*from]);
            out.push_str(text);
            cursor = *to;
        }
        out.push_str(&self.src[cursor..]);
        out
    }

    /// `BUILTIN.X(..)` → `builtin_x(..)` (SQLite has no schema-qualified functions), and exact division:
    /// Oracle divides integers exactly (7 / 2 = 3.5) where SQLite truncates (3), so the dividend is made REAL by
    /// `* 1.0` (same precedence as `/`, so it applies to exactly the dividend); whole results still print
    /// without ".0".
    fn local_rewrites(&mut self, end: usize) {
        for i in 0..end {
            if self
                .ident(i)
                .is_some_and(|s| s.eq_ignore_ascii_case("builtin"))
                && !(i > 0 && self.punct(i - 1, "."))
                && self.punct(i + 1, ".")
                && i + 3 < end
                && self.punct(i + 3, "(")
                && let Some(name) = self.ident(i + 2)
            {
                let flat = format!("builtin_{}", name.to_ascii_lowercase());
                self.edits
                    .push((self.toks[i].start, self.toks[i + 2].end, flat));
            }
            if self.punct(i, "/") && i > 0 {
                self.insert_after(i - 1, " * 1.0".to_string());
            }
        }
    }

    // --- structure -----------------------------------------------------------------------

    /// Whether tokens `[a, b)` are a query: SELECT/WITH/VALUES first, or parenthesised branches of a UNION.
    fn is_query(&self, a: usize, b: usize) -> bool {
        if self.word_in(a, &["SELECT", "WITH", "VALUES"]) {
            return true;
        }
        if !self.is_open(a) {
            return false;
        }
        let mut i = a;
        while i < b {
            if self.is_set_op(i) {
                return true;
            }
            i = self.skip(i);
        }
        false
    }

    fn is_set_op(&self, i: usize) -> bool {
        self.word_in(i, &["UNION", "INTERSECT", "EXCEPT", "MINUS"])
    }

    /// A parenthesised group at `open`: a subquery, or an expression that may hold some.
    fn group(&mut self, open: usize) -> Result<(), SuiteQlError> {
        let close = self.close_of(open);
        if self.is_query(open + 1, close) {
            self.query(open + 1, close)
        } else {
            self.scan(open + 1, close)
        }
    }

    /// Looks for subqueries in an expression.
    fn scan(&mut self, a: usize, b: usize) -> Result<(), SuiteQlError> {
        let mut i = a;
        while i < b {
            if self.is_open(i) {
                self.group(i)?;
            } else if self.word_is(i, "CASE") {
                self.scan(i + 1, self.close_of(i))?;
            }
            i = self.skip(i);
        }
        Ok(())
    }

    /// One query: `[WITH …] branch {UNION branch} [ORDER BY …] [OFFSET m ROWS] [FETCH …]`. Turns its
    /// OFFSET/FETCH/ROWNUM into one SQLite `LIMIT .. OFFSET ..`.
    fn query(&mut self, a: usize, b: usize) -> Result<(), SuiteQlError> {
        let (bodies, mut i) = self.with_clause(a, b);
        for open in bodies {
            self.group(open)?;
        }
        // Branches, then the tail.
        let mut branches = Vec::new();
        let mut start = i;
        let mut tail = b;
        while i < b {
            if self.is_set_op(i) {
                branches.push((start, i));
                i += 1;
                if self.word_in(i, &["ALL", "DISTINCT"]) {
                    i += 1;
                }
                start = i;
                continue;
            }
            if self.word_is(i, "ORDER") && self.word_is(i + 1, "BY")
                || self.word_in(i, &["OFFSET", "FETCH"])
            {
                tail = i;
                break;
            }
            i = self.skip(i);
        }
        branches.push((start, tail));
        let single = branches.len() == 1;
        let mut bound = None;
        for &(s, e) in &branches {
            if self.word_is(s, "SELECT") {
                let b = self.select(s, e, single)?;
                if single {
                    bound = b;
                }
            } else if self.is_open(s) && self.close_of(s) + 1 == e {
                self.group(s)?;
            } else {
                self.scan(s, e)?;
            }
        }

        // ORDER BY …
        let mut i = tail;
        if self.word_is(i, "ORDER") {
            let from = i;
            while i < b && !self.word_in(i, &["OFFSET", "FETCH"]) {
                i = self.skip(i);
            }
            self.scan(from, i)?;
        }
        let cap_start = i;
        // [OFFSET m [ROW | ROWS]] [FETCH [FIRST | NEXT] [n [PERCENT]] [ROW | ROWS] [ONLY | WITH TIES]]
        // [OFFSET m [ROW | ROWS]], as Oracle (and sqlparser, which the emulator used before) read them.
        let mut offset = None;
        let mut limit = None;
        for _ in 0..3 {
            if offset.is_none() && self.word_is(i, "OFFSET") {
                i += 1;
                let from = i;
                while i < b && !self.word_in(i, &["ROW", "ROWS", "FETCH"]) {
                    i = self.skip(i);
                }
                offset = Some(self.row_count(from, i)?);
                if self.word_in(i, &["ROW", "ROWS"]) {
                    i += 1;
                }
            } else if limit.is_none() && self.word_is(i, "FETCH") {
                limit = Some(self.fetch(&mut i)?);
            }
        }
        if i < b {
            // Something SQLite does not expect after the query; it names it.
            return Ok(());
        }
        if let Some(rownum) = bound {
            // ROWNUM filters before OFFSET is applied, so the offset eats into its rows.
            let after_offset = rownum.saturating_sub(offset.unwrap_or(0));
            limit = Some(limit.map_or(after_offset, |l: u64| l.min(after_offset)));
        }
        if cap_start < b {
            self.delete(cap_start, b);
        }
        if limit.is_some() || offset.is_some() {
            // SQLite needs a LIMIT before an OFFSET; -1 means "no limit".
            let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
            let mut text = format!(" LIMIT {limit}");
            if let Some(o) = offset {
                text.push_str(&format!(" OFFSET {}", i64::try_from(o).unwrap_or(i64::MAX)));
            }
            self.insert_after(b - 1, text);
        }
        Ok(())
    }

    /// `FETCH [FIRST | NEXT] [n [PERCENT]] [ROW | ROWS] [ONLY | WITH TIES]` at `*i` (the FETCH): the row count.
    /// The count is one literal (no expression), as sqlparser read it.
    fn fetch(&self, i: &mut usize) -> Result<u64, SuiteQlError> {
        *i += 1;
        if self.word_in(*i, &["FIRST", "NEXT"]) {
            *i += 1;
        }
        let mut quantity = None;
        let mut percent = false;
        if self.word_in(*i, &["ROW", "ROWS"]) {
            *i += 1;
        } else {
            if !matches!(self.kind(*i), Some(Kind::Number | Kind::Str)) {
                return Err(parse_error(REASON_FETCH_SYNTAX));
            }
            quantity = Some(*i);
            *i += 1;
            percent = self.word_is(*i, "PERCENT");
            if percent {
                *i += 1;
            }
            if self.word_in(*i, &["ROW", "ROWS"]) {
                *i += 1;
            }
        }
        let with_ties = if self.word_is(*i, "ONLY") {
            *i += 1;
            false
        } else if self.word_is(*i, "WITH") && self.word_is(*i + 1, "TIES") {
            *i += 2;
            true
        } else {
            false
        };
        if percent || with_ties {
            return Err(parse_error(REASON_FETCH));
        }
        quantity.map_or(Ok(1), |q| self.row_count(q, q + 1))
    }

    /// A FETCH/OFFSET count; Oracle treats a negative count as 0.
    fn row_count(&self, a: usize, b: usize) -> Result<u64, SuiteQlError> {
        self.int_literal(a, b)
            .map(|n| n.max(0).unsigned_abs())
            .ok_or_else(|| parse_error(REASON_COUNT))
    }

    /// An integer literal (possibly negative, possibly parenthesised) filling `[a, b)`.
    fn int_literal(&self, a: usize, b: usize) -> Option<i64> {
        if b <= a {
            None
        } else if b == a + 1 && self.kind(a) == Some(Kind::Number) {
            self.text(a).parse().ok()
        } else if self.punct(a, "-") {
            self.int_literal(a + 1, b)?.checked_neg()
        } else if self.is_open(a) && self.close_of(a) + 1 == b {
            self.int_literal(a + 1, b - 1)
        } else {
            None
        }
    }

    /// One `SELECT …` branch: its FROM items, its subqueries and, when it is the whole query, its ROWNUM
    /// conditions (removed; the row count they allow is returned, `u64::MAX` = every row).
    fn select(&mut self, a: usize, b: usize, single: bool) -> Result<Option<u64>, SuiteQlError> {
        let mut clauses = Vec::new();
        let mut i = a + 1;
        while i < b {
            if self.word_in(i, &["FROM", "WHERE", "HAVING", "WINDOW"])
                || self.word_is(i, "GROUP") && self.word_is(i + 1, "BY")
            {
                clauses.push(i);
            }
            i = self.skip(i);
        }
        let clause_end = |k: usize| clauses.get(k + 1).copied().unwrap_or(b);
        let projection_end = clauses.first().copied().unwrap_or(b);
        self.scan(a + 1, projection_end)?;
        let mut where_clause = None;
        for (k, &c) in clauses.iter().enumerate() {
            if self.word_is(c, "FROM") {
                self.table_list(c + 1, clause_end(k))?;
            } else {
                if self.word_is(c, "WHERE") {
                    where_clause = Some((c, clause_end(k)));
                }
                self.scan(c + 1, clause_end(k))?;
            }
        }
        let Some((keyword, end)) = where_clause.filter(|_| single) else {
            return Ok(None);
        };
        let pruned = self.prune(keyword + 1, end);
        let Some(bound) = pruned.bound else {
            return Ok(None);
        };
        let grouped = self.word_in(a + 1, &["DISTINCT", "ALL"])
            || clauses
                .iter()
                .any(|&c| self.word_in(c, &["GROUP", "HAVING"]))
            || self.has_aggregate(a + 1, projection_end);
        if grouped {
            return Err(parse_error(REASON_ROWNUM_GROUPED));
        }
        for i in pruned.removed {
            self.consumed[i] = true;
        }
        if pruned.all {
            self.delete(keyword, end);
        } else {
            for (s, e) in pruned.deletions {
                self.delete(s, e);
            }
        }
        Ok(Some(bound))
    }

    /// An aggregate call outside any subquery in `[a, b)`.
    fn has_aggregate(&self, a: usize, b: usize) -> bool {
        let mut i = a;
        while i < b {
            if self.is_open(i) && self.word_in(i + 1, &["SELECT", "WITH"]) {
                i = self.skip(i);
                continue;
            }
            if self.kind(i) == Some(Kind::Word)
                && self.is_open(i + 1)
                && !(i > 0 && self.punct(i - 1, "."))
                && AGGREGATES.contains(&self.text(i).to_ascii_lowercase().as_str())
            {
                return true;
            }
            i += 1;
        }
        false
    }

    /// The conditions of an AND chain in `[a, b)` (one when its top level is an OR).
    fn split_and(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut start = a;
        let mut between = false;
        let mut i = a;
        while i < b {
            if self.word_is(i, "OR") {
                return vec![(a, b)];
            } else if self.word_is(i, "BETWEEN") {
                between = true;
            } else if self.word_is(i, "AND") {
                if between {
                    between = false;
                } else {
                    parts.push((start, i));
                    start = i + 1;
                }
            }
            i = self.skip(i);
        }
        parts.push((start, b));
        parts
    }

    /// Which ROWNUM conditions of the AND chain `[a, b)` (looking through parentheses around ANDs) become a
    /// LIMIT, and the edits that remove them with their ANDs.
    fn prune(&self, a: usize, b: usize) -> Pruned {
        let parts = self.split_and(a, b);
        let mut pruned = Pruned::default();
        let mut keep = Vec::new();
        for &(s, e) in &parts {
            if let Some(n) = self.rownum_condition(s, e) {
                pruned.bound = Some(pruned.bound.map_or(n, |old: u64| old.min(n)));
                pruned.removed.extend(s..e);
                keep.push(false);
                continue;
            }
            if self.is_open(s)
                && self.close_of(s) + 1 == e
                && self.split_and(s + 1, e - 1).len() > 1
            {
                let inner = self.prune(s + 1, e - 1);
                if let Some(n) = inner.bound {
                    pruned.bound = Some(pruned.bound.map_or(n, |old: u64| old.min(n)));
                    pruned.removed.extend(inner.removed);
                    if inner.all {
                        keep.push(false);
                        continue;
                    }
                    pruned.deletions.extend(inner.deletions);
                }
            }
            keep.push(true);
        }
        pruned.all = keep.iter().all(|k| !k);
        if !pruned.all {
            for (k, &(s, e)) in parts.iter().enumerate() {
                if keep[k] {
                    continue;
                }
                // With a kept condition before it, the AND before goes; else the AND after.
                if keep[..k].iter().any(|&x| x) {
                    pruned.deletions.push((s - 1, e));
                } else {
                    pruned.deletions.push((s, e + 1));
                }
            }
        }
        pruned
    }

    /// `ROWNUM <op> n` or `n <op> ROWNUM` in `[a, b)` → how many rows Oracle lets through. ROWNUM counts only
    /// the rows that passed, so a condition false for row 1 is false for every row.
    fn rownum_condition(&self, mut a: usize, mut b: usize) -> Option<u64> {
        while b > a + 1 && self.is_open(a) && self.close_of(a) + 1 == b {
            a += 1;
            b -= 1;
        }
        let flip = |op: &str| -> String {
            match op {
                "<" => ">",
                "<=" => ">=",
                ">" => "<",
                ">=" => "<=",
                other => other,
            }
            .to_string()
        };
        let (op, n) = if self.is_rownum(a) && self.kind(a + 1) == Some(Kind::Punct) {
            (self.text(a + 1).to_string(), self.int_literal(a + 2, b)?)
        } else if b >= a + 3 && self.is_rownum(b - 1) && self.kind(b - 2) == Some(Kind::Punct) {
            (flip(self.text(b - 2)), self.int_literal(a, b - 2)?)
        } else {
            return None;
        };
        let at_most = |k: i64| k.max(0).unsigned_abs();
        Some(match op.as_str() {
            "<=" => at_most(n),
            "<" => at_most(n.saturating_sub(1)),
            "=" => u64::from(n == 1),
            ">=" if n <= 1 => u64::MAX,
            ">" if n < 1 => u64::MAX,
            ">=" | ">" => 0,
            "<>" | "!=" if n >= 1 => at_most(n - 1),
            "<>" | "!=" => u64::MAX,
            _ => return None,
        })
    }

    /// The FROM items in `[a, b)`, in order, with their alias: `t [AS] a`, `(subquery) [AS] a`, `(a JOIN b …)`,
    /// separated by commas or joins; ON conditions may hold subqueries.
    fn table_list(&mut self, a: usize, b: usize) -> Result<(), SuiteQlError> {
        let mut i = a;
        while i < b {
            if self.is_open(i) {
                let close = self.close_of(i);
                let derived = self.is_query(i + 1, close);
                let (alias, next) = self.alias(close + 1, b);
                if derived {
                    if let (Some(alias), Some(record)) = (alias, self.primary_table(i + 1, close)) {
                        self.tables.push((alias.to_lowercase(), record));
                    }
                    self.query(i + 1, close)?;
                } else {
                    self.table_list(i + 1, close)?;
                }
                i = next;
            } else if let Some(first) = self.ident(i) {
                let mut record = first;
                i += 1;
                while self.punct(i, ".")
                    && let Some(part) = self.ident(i + 1)
                {
                    record = part;
                    i += 2;
                }
                if self.is_open(i) {
                    // A table-valued function's arguments.
                    self.group(i)?;
                    i = self.skip(i);
                }
                let (alias, next) = self.alias(i, b);
                let key = alias.unwrap_or_else(|| record.clone());
                self.tables.push((key.to_lowercase(), record));
                i = next;
            }
            // Up to the next item: the join's words and its ON or USING.
            while i < b && !self.punct(i, ",") && !self.word_is(i, "JOIN") {
                if self.is_open(i) {
                    self.group(i)?;
                } else if self.word_is(i, "CASE") {
                    self.scan(i + 1, self.close_of(i))?;
                }
                i = self.skip(i);
            }
            i += 1;
        }
        Ok(())
    }

    /// An optional `[AS] alias` at `i`: the alias and the index after it.
    fn alias(&self, i: usize, b: usize) -> (Option<String>, usize) {
        let at = if self.word_is(i, "AS") { i + 1 } else { i };
        if at < b
            && !self.word_in(at, NOT_ALIASES)
            && let Some(alias) = self.ident(at)
        {
            return (Some(alias), at + 1);
        }
        (None, i)
    }

    /// The first table of the outermost FROM of the query `[a, b)` (through derived tables, parentheses and a
    /// UNION's first branch).
    fn primary_table(&self, a: usize, b: usize) -> Option<String> {
        let (_, mut i) = self.with_clause(a, b);
        if self.is_open(i) {
            return self.primary_table(i + 1, self.close_of(i));
        }
        if !self.word_is(i, "SELECT") {
            return None;
        }
        while i < b && !self.word_is(i, "FROM") {
            if self.is_set_op(i) {
                return None;
            }
            i = self.skip(i);
        }
        let first = i + 1;
        if first >= b {
            return None;
        }
        if self.is_open(first) {
            let close = self.close_of(first);
            return if self.is_query(first + 1, close) {
                self.primary_table(first + 1, close)
            } else {
                None
            };
        }
        let mut record = self.ident(first)?;
        let mut j = first + 1;
        while self.punct(j, ".")
            && let Some(part) = self.ident(j + 1)
        {
            record = part;
            j += 2;
        }
        Some(record)
    }

    /// `WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (query), …` at `a`: the `(` of each
    /// body and where the query's own body starts.
    fn with_clause(&self, a: usize, b: usize) -> (Vec<usize>, usize) {
        let mut bodies = Vec::new();
        let mut i = a;
        if !self.word_is(i, "WITH") {
            return (bodies, i);
        }
        i += 1;
        loop {
            while i < b && !self.is_open(i) {
                i = self.skip(i);
            }
            if i >= b {
                return (bodies, b);
            }
            // The column list `name (a, b) AS (…)` is not a query; the body after AS is.
            if !self.word_in(i - 1, &["AS", "MATERIALIZED"]) {
                i = self.skip(i);
                continue;
            }
            bodies.push(i);
            i = self.skip(i);
            if self.punct(i, ",") {
                i += 1;
            } else {
                return (bodies, i);
            }
        }
    }
}

/// What [`Analysis::prune`] found in an AND chain.
#[derive(Default)]
struct Pruned {
    /// The row count the ROWNUM conditions allow.
    bound: Option<u64>,
    /// Whether every condition is a ROWNUM one (the whole WHERE goes).
    all: bool,
    /// Token ranges to delete otherwise.
    deletions: Vec<(usize, usize)>,
    /// Tokens of the ROWNUM conditions.
    removed: Vec<usize>,
}

// ---------------------------------------------------------------------------------------
// SQL functions
// ---------------------------------------------------------------------------------------

/// Registers the SuiteQL functions SQLite lacks: `NVL`, `NVL2`, `DECODE`, `TO_CHAR` (one
/// argument; with a date mask on ISO-8601 text), `TO_NUMBER`, `builtin_df` (identity until
/// the emulator knows display values) and the 3- and 4-argument Oracle `INSTR` (SQLite has
/// the 2-argument one). `UPPER`, `LOWER`, `SUBSTR`, `LENGTH`, `COALESCE`, `REPLACE`, `TRIM`
/// are SQLite's own.
pub fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("nvl", 2, flags, |ctx| {
        let first = owned(ctx.get_raw(0));
        Ok(if first == Value::Null {
            owned(ctx.get_raw(1))
        } else {
            first
        })
    })?;
    conn.create_scalar_function("nvl2", 3, flags, |ctx| {
        let pick = if ctx.get_raw(0) == ValueRef::Null {
            2
        } else {
            1
        };
        Ok(owned(ctx.get_raw(pick)))
    })?;
    conn.create_scalar_function("decode", -1, flags, |ctx| decode(ctx))?;
    conn.create_scalar_function("to_char", 1, flags, |ctx| Ok(value_text(ctx.get_raw(0))))?;
    conn.create_scalar_function("to_char", 2, flags, |ctx| to_char_with_mask(ctx))?;
    conn.create_scalar_function("to_number", 1, flags, |ctx| to_number(ctx))?;
    conn.create_scalar_function("builtin_df", 1, flags, |ctx| Ok(owned(ctx.get_raw(0))))?;
    conn.create_scalar_function("instr", 3, flags, |ctx| instr(ctx))?;
    conn.create_scalar_function("instr", 4, flags, |ctx| instr(ctx))?;
    Ok(())
}

/// An SQLite value as an owned value (text that is not UTF-8 is read lossily).
fn owned(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn user_error(message: String) -> rusqlite::Error {
    rusqlite::Error::UserFunctionError(message.into())
}

/// `DECODE(expr, search1, result1, …, [default])`; unlike `=`, NULL matches NULL.
fn decode(ctx: &Context<'_>) -> rusqlite::Result<Value> {
    if ctx.len() < 3 {
        return Err(user_error(
            "DECODE needs at least three arguments".to_string(),
        ));
    }
    let subject = ctx.get_raw(0);
    let mut i = 1;
    while i + 1 < ctx.len() {
        if same_value(subject, ctx.get_raw(i)) {
            return Ok(owned(ctx.get_raw(i + 1)));
        }
        i += 2;
    }
    Ok(if i < ctx.len() {
        owned(ctx.get_raw(i))
    } else {
        Value::Null
    })
}

fn same_value(a: ValueRef<'_>, b: ValueRef<'_>) -> bool {
    match (a, b) {
        (ValueRef::Integer(x), ValueRef::Real(y)) | (ValueRef::Real(y), ValueRef::Integer(x)) => {
            x as f64 == y
        }
        _ => a == b,
    }
}

/// `TO_NUMBER(x)`: integers stay integers, other numbers become reals.
fn to_number(ctx: &Context<'_>) -> rusqlite::Result<Value> {
    let text = match ctx.get_raw(0) {
        ValueRef::Null => return Ok(Value::Null),
        ValueRef::Integer(i) => return Ok(Value::Integer(i)),
        ValueRef::Real(r) => return Ok(Value::Real(r)),
        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).trim().to_string(),
    };
    if let Ok(i) = text.parse::<i64>() {
        return Ok(Value::Integer(i));
    }
    // Rust also parses "inf"/"NaN", which are not numbers to Oracle.
    let numeric = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    match text.parse::<f64>() {
        Ok(r) if numeric => Ok(Value::Real(r)),
        _ => Err(user_error(format!("invalid number: '{text}'"))),
    }
}

/// `TO_CHAR(date, mask)` for dates stored as ISO-8601 text (`YYYY-MM-DD[ HH:MI[:SS]]`).
/// Mask elements: YYYY, YY, MM, DD, HH24, HH/HH12, MI, SS, AM/PM, "literal"; other
/// characters are copied. Number masks are not supported.
fn to_char_with_mask(ctx: &Context<'_>) -> rusqlite::Result<Option<String>> {
    let (Some(value), Some(mask)) = (value_text(ctx.get_raw(0)), value_text(ctx.get_raw(1))) else {
        return Ok(None);
    };
    let unsupported = || user_error(format!("TO_CHAR: cannot format '{value}' with '{mask}'"));
    let field = |from: usize, len: usize| -> Option<u32> {
        let digits = value.get(from..from + len)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    let bytes = value.as_bytes();
    let (Some(year), Some(month), Some(day)) = (field(0, 4), field(5, 2), field(8, 2)) else {
        return Err(unsupported());
    };
    if bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return Err(unsupported());
    }
    let (hour, minute, second) = if value.len() > 10 {
        (
            field(11, 2).ok_or_else(unsupported)?,
            field(14, 2).ok_or_else(unsupported)?,
            field(17, 2).unwrap_or(0),
        )
    } else {
        (0, 0, 0)
    };

    let mut out = String::new();
    let mut rest = mask.as_str();
    while !rest.is_empty() {
        let upper = rest.to_ascii_uppercase();
        let tokens: [(&str, String); 10] = [
            ("YYYY", format!("{year:04}")),
            ("YY", format!("{:02}", year % 100)),
            ("MM", format!("{month:02}")),
            ("DD", format!("{day:02}")),
            ("HH24", format!("{hour:02}")),
            ("HH12", format!("{:02}", (hour + 11) % 12 + 1)),
            ("HH", format!("{:02}", (hour + 11) % 12 + 1)),
            ("MI", format!("{minute:02}")),
            ("SS", format!("{second:02}")),
            ("AM", (if hour < 12 { "AM" } else { "PM" }).to_string()),
        ];
        if let Some((token, text)) = tokens.iter().find(|(t, _)| upper.starts_with(t)) {
            out.push_str(text);
            rest = &rest[token.len()..];
        } else if upper.starts_with("PM") {
            out.push_str(if hour < 12 { "AM" } else { "PM" });
            rest = &rest[2..];
        } else if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').ok_or_else(unsupported)?;
            out.push_str(&quoted[..end]);
            rest = &quoted[end + 1..];
        } else {
            let c = rest.chars().next().unwrap_or_default();
            if c.is_ascii_alphanumeric() {
                return Err(unsupported());
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(Some(out))
}

/// Oracle `INSTR(string, substring, position[, occurrence])`, counted in characters; a
/// negative position searches backwards from that many characters before the end.
fn instr(ctx: &Context<'_>) -> rusqlite::Result<Option<i64>> {
    let (Some(haystack), Some(needle)) = (value_text(ctx.get_raw(0)), value_text(ctx.get_raw(1)))
    else {
        return Ok(None);
    };
    let position: Option<i64> = ctx.get(2)?;
    let occurrence: Option<i64> = if ctx.len() > 3 { ctx.get(3)? } else { Some(1) };
    let (Some(position), Some(occurrence)) = (position, occurrence) else {
        return Ok(None);
    };
    if occurrence < 1 {
        return Err(user_error(format!(
            "INSTR: occurrence {occurrence} is out of range"
        )));
    }
    let hay: Vec<char> = haystack.chars().collect();
    let pat: Vec<char> = needle.chars().collect();
    let len = i64::try_from(hay.len()).unwrap_or(i64::MAX);
    let matches_at = |i: i64| {
        usize::try_from(i)
            .ok()
            .is_some_and(|i| hay.get(i..i + pat.len()) == Some(pat.as_slice()))
    };
    // 0-based start indexes to try, in search order.
    let starts: Box<dyn Iterator<Item = i64>> = match position {
        0 => return Ok(Some(0)),
        p if p > 0 => Box::new(p - 1..len),
        p => Box::new((0..=len + p).rev()),
    };
    let mut seen = 0;
    for start in starts {
        if matches_at(start) {
            seen += 1;
            if seen == occurrence {
                return Ok(Some(start + 1));
            }
        }
    }
    Ok(Some(0))
}

/// A value as NetSuite's JSON shows it: text as is, integers without ".0", reals in their
/// shortest exact form ("4.02", "3"), NULL as `None`.
fn value_text(value: ValueRef<'_>) -> Option<String> {
    match value {
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        // Rust's Display prints the shortest text that reads back the same, with no
        // exponent and no ".0"; -0 is shown as 0.
        ValueRef::Real(0.0) => Some("0".to_string()),
        ValueRef::Real(r) => Some(r.to_string()),
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
    }
}

// ---------------------------------------------------------------------------------------
// Running a page
// ---------------------------------------------------------------------------------------

/// One page of a SuiteQL result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Column keys, lower-case, in select order.
    pub columns: Vec<String>,
    /// Every value as a string (see the module documentation); NULL is `None`.
    pub rows: Vec<Vec<Option<String>>>,
    /// Rows in the whole result, not only this page.
    pub total_results: u64,
}

/// Runs one page of a SuiteQL query: translates it, counts all its rows and returns rows
/// `[offset, offset + limit)`.
///
/// Only the tables in `public_tables` (compared case-insensitively) may be read: any other
/// table (the emulator's `emu_*` tables, `sqlite_master`, `pragma_*`/`json_each` table
/// functions) is reported as [`SuiteQlError::UnknownRecord`]. This is enforced by an
/// authorizer installed for the duration of the call and removed afterwards, which also
/// refuses `sqlite_*`/`load_extension` functions, recursive queries and anything that is
/// not reading. For the same duration SQLite's double-quoted-string fallback is turned off,
/// so `"field"` is always an identifier, as in Oracle.
///
/// Takes `&mut Connection` because rusqlite's `Connection::authorizer` does.
///
/// The query is stepped through once: every row is counted, only the window is converted.
/// That keeps SQLite's column names (a `SELECT * FROM (…)` wrapper would rename duplicate
/// columns `id:1`) and the query's own ordering.
pub fn run_page(
    conn: &mut Connection,
    suiteql: &str,
    public_tables: &[&str],
    refused_columns: &[(String, String)],
    limit: u64,
    offset: u64,
) -> Result<Page, SuiteQlError> {
    let translated = analyse(suiteql)?;
    let sandbox = Sandbox::install(conn, public_tables, refused_columns)
        .map_err(|e| SuiteQlError::Execution(e.to_string()))?;
    let result = read_page(sandbox.conn, &translated.sql, limit, offset);
    let denied = sandbox.denied();
    drop(sandbox);
    result.map_err(|e| classify(e, denied, &translated))
}

fn read_page(conn: &Connection, sql: &str, limit: u64, offset: u64) -> rusqlite::Result<Page> {
    let mut statement = conn.prepare(sql)?;
    let columns: Vec<String> = statement.column_names().map(str::to_lowercase).collect();
    let end = offset.saturating_add(limit);
    let mut page = Page {
        columns,
        rows: Vec::new(),
        total_results: 0,
    };
    let mut bytes = 0usize;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        if (offset..end).contains(&page.total_results) {
            let values: Vec<Option<String>> = (0..page.columns.len())
                .map(|i| row.get_ref(i).map(value_text))
                .collect::<rusqlite::Result<_>>()?;
            bytes += values.iter().flatten().map(String::len).sum::<usize>();
            if bytes > MAX_PAGE_BYTES {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_TOOBIG),
                    None,
                ));
            }
            page.rows.push(values);
        }
        page.total_results += 1;
    }
    Ok(page)
}

/// What the authorizer refused first.
#[derive(Debug, Clone)]
enum Denied {
    Table(String),
    /// A column the account does not have (`serve --refuse-column`).
    Column(String),
    Function(String),
    Recursive,
    Other,
}

/// The authorizer and the DQS setting for the duration of one query; `Drop` restores both,
/// also when the query fails or panics.
struct Sandbox<'c> {
    conn: &'c mut Connection,
    denied: Arc<Mutex<Option<Denied>>>,
    dqs_before: bool,
    length_before: i32,
}

impl<'c> Sandbox<'c> {
    fn install(
        conn: &'c mut Connection,
        public_tables: &[&str],
        refused_columns: &[(String, String)],
    ) -> rusqlite::Result<Self> {
        // set_db_config answers the new setting, so the old one is read first.
        let dqs_before = conn.db_config(DbConfig::SQLITE_DBCONFIG_DQS_DML)?;
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DQS_DML, false)?;
        let denied = Arc::new(Mutex::new(None));
        let record = Arc::clone(&denied);
        let public: Vec<String> = public_tables.iter().map(|t| t.to_lowercase()).collect();
        let refused = refused_columns.to_vec();
        let authorize = move |ctx: AuthContext<'_>| {
            let refusal = match ctx.action {
                AuthAction::Select => None,
                // A refused column, read from its table or through a view of that name.
                AuthAction::Read {
                    table_name,
                    column_name,
                } if refused.iter().any(|(t, c)| {
                    c.eq_ignore_ascii_case(column_name)
                        && (t.eq_ignore_ascii_case(table_name)
                            || ctx.accessor.is_some_and(|a| t.eq_ignore_ascii_case(a)))
                }) =>
                {
                    Some(Denied::Column(column_name.to_string()))
                }
                // Decided on the table actually read, not on the accessor: a CTE named like
                // a public table is reported as the accessor of what it reads.
                AuthAction::Read { table_name, .. } => (!public
                    .contains(&table_name.to_lowercase()))
                .then(|| Denied::Table(table_name.to_string())),
                AuthAction::Function { function_name } => {
                    let name = function_name.to_lowercase();
                    (name.starts_with("sqlite_") || name == "load_extension")
                        .then(|| Denied::Function(function_name.to_string()))
                }
                // Unbounded recursion would never let the row count finish.
                AuthAction::Recursive => Some(Denied::Recursive),
                _ => Some(Denied::Other),
            };
            match refusal {
                None => Authorization::Allow,
                Some(refusal) => {
                    let mut first = record.lock().unwrap_or_else(|p| p.into_inner());
                    first.get_or_insert(refusal);
                    Authorization::Deny
                }
            }
        };
        if let Err(e) = conn.authorizer(Some(authorize)) {
            let _ = conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DQS_DML, dqs_before);
            return Err(e);
        }
        // Bounds, so that one query cannot take the emulator down: no value over MAX_VALUE_BYTES (randomblob,
        // zeroblob, printf widths and concatenation all stop there) and no query over MAX_QUERY_TIME.
        // Built first, so that a failure below still restores everything (Drop).
        let length_before = conn.limit(Limit::SQLITE_LIMIT_LENGTH)?;
        let sandbox = Sandbox {
            conn,
            denied,
            dqs_before,
            length_before,
        };
        sandbox
            .conn
            .set_limit(Limit::SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)?;
        let deadline = std::time::Instant::now() + MAX_QUERY_TIME;
        sandbox
            .conn
            .progress_handler(10_000, Some(move || std::time::Instant::now() > deadline))?;
        Ok(sandbox)
    }

    fn denied(&self) -> Option<Denied> {
        self.denied
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

impl Drop for Sandbox<'_> {
    fn drop(&mut self) {
        let _ = self
            .conn
            .authorizer(None::<fn(AuthContext<'_>) -> Authorization>);
        let _ = self
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_DQS_DML, self.dqs_before);
        let _ = self
            .conn
            .set_limit(Limit::SQLITE_LIMIT_LENGTH, self.length_before);
        let _ = self.conn.progress_handler(0, None::<fn() -> bool>);
    }
}

/// NetSuite's refusal of a field the query's records do not have, naming them as NetSuite does.
fn unknown_field(field: String, query: &Translated) -> SuiteQlError {
    let identifiers = query
        .tables
        .iter()
        .map(|(key, record)| format!("{key}={record}"))
        .collect::<Vec<_>>()
        .join(", ");
    SuiteQlError::UnknownField { field, identifiers }
}

/// Maps SQLite's refusal onto the NetSuite error.
fn classify(error: rusqlite::Error, denied: Option<Denied>, query: &Translated) -> SuiteQlError {
    // A refusal by the authorizer always fails the statement, so it is the cause. (SQLite
    // reports a refused read as SQLITE_AUTH but a refused function as a plain error.)
    match denied {
        // A table outside the public ones does not exist for NetSuite.
        Some(Denied::Table(table)) => return SuiteQlError::UnknownTable(table),
        Some(Denied::Column(field)) => return unknown_field(field, query),
        Some(Denied::Function(name)) => {
            return SuiteQlError::Execution(format!("{TEXT_NO_SUCH_FUNCTION}{name}"));
        }
        Some(Denied::Recursive) => return SuiteQlError::Execution(TEXT_RECURSIVE.to_string()),
        Some(Denied::Other) => return SuiteQlError::Execution(TEXT_NOT_ALLOWED.to_string()),
        None => {}
    }
    match error.sqlite_error_code() {
        Some(ErrorCode::AuthorizationForStatementDenied) => {
            return SuiteQlError::Execution(TEXT_NOT_ALLOWED.to_string());
        }
        Some(ErrorCode::TooBig) => return SuiteQlError::TooLarge,
        Some(ErrorCode::OperationInterrupted) => return SuiteQlError::TooLong,
        _ => {}
    }
    let message = match &error {
        rusqlite::Error::SqliteFailure(_, Some(message))
        | rusqlite::Error::SqlInputError { msg: message, .. } => message.clone(),
        other => other.to_string(),
    };
    if let Some(table) = message.strip_prefix("no such table: ") {
        // SQLite names a schema-qualified table as written ("main.foo").
        let table = table.rsplit('.').next().unwrap_or(table);
        return SuiteQlError::UnknownTable(table.to_string());
    }
    if let Some(column) = message.strip_prefix("no such column: ") {
        // With DQS off SQLite adds a hint after a double-quoted name; drop it and quotes.
        let column = column
            .split(" - ")
            .next()
            .unwrap_or(column)
            .replace('"', "");
        let field = column.rsplit('.').next().unwrap_or(&column).to_string();
        return unknown_field(field, query);
    }
    let syntax = message.contains("syntax error")
        || message == "incomplete input"
        || message.starts_with("unrecognized token");
    if syntax {
        SuiteQlError::Parse(message)
    } else {
        SuiteQlError::Execution(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLIC: &[&str] = &["script", "scriptdeployment"];

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        register_functions(&conn).unwrap();
        conn.execute_batch(
            "CREATE TABLE script(id INTEGER, scriptid TEXT, name TEXT, scripttype TEXT,
                 beforesubmitfunction TEXT, aftersubmitfunction TEXT, isinactive TEXT);
             CREATE TABLE scriptdeployment(id INTEGER, primarykey INTEGER, scriptid TEXT,
                 script INTEGER, recordtype TEXT, isdeployed TEXT, status TEXT);
             CREATE TABLE emu_secret(x);
             INSERT INTO emu_secret VALUES ('hidden');
             INSERT INTO script VALUES
                 (1, 'customscript_a', 'Alpha UE', 'USEREVENT', 'beforeSubmit', NULL, 'F'),
                 (2, 'customscript_b', 'Beta UE', 'USEREVENT', NULL, 'afterSubmit', 'F'),
                 (3, 'customscript_c', 'Gamma Sched', 'SCHEDULED', NULL, NULL, 'T'),
                 (4, 'customscript_d', 'Delta UE', 'USEREVENT', NULL, NULL, 'F'),
                 (5, 'customscript_e', 'Epsilon', 'CLIENT', NULL, NULL, 'F');
             INSERT INTO scriptdeployment VALUES
                 (10, 10, 'customdeploy_a1', 1, 'SALESORDER', 'T', 'RELEASED'),
                 (11, 11, 'customdeploy_a2', 1, 'INVOICE', 'F', 'TESTING'),
                 (20, 20, 'customdeploy_b1', 2, 'CUSTOMER', 'T', 'RELEASED');",
        )
        .unwrap();
        conn
    }

    fn run(conn: &mut Connection, q: &str) -> Result<Page, SuiteQlError> {
        run_page(conn, q, PUBLIC, &[], 1000, 0)
    }

    fn cells(page: &Page) -> Vec<Vec<&str>> {
        page.rows
            .iter()
            .map(|r| r.iter().map(|v| v.as_deref().unwrap_or("<null>")).collect())
            .collect()
    }

    fn parse_err(q: &str) -> String {
        match translate(q) {
            Err(SuiteQlError::Parse(reason)) => reason,
            other => panic!("{q}: expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn join_where_order_by_gives_lower_case_keys_and_strings() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT s.ID, s.Name, d.scriptid AS Deployment, d.status, s.aftersubmitfunction \
             FROM script s INNER JOIN scriptdeployment d ON d.script = s.id \
             WHERE s.isinactive = 'F' AND d.isdeployed <> 'X' ORDER BY d.id DESC",
        )
        .unwrap();
        assert_eq!(
            page.columns,
            ["id", "name", "deployment", "status", "aftersubmitfunction"]
        );
        assert_eq!(page.total_results, 3);
        assert_eq!(page.rows[0][0].as_deref(), Some("2"));
        assert_eq!(page.rows[0][4].as_deref(), Some("afterSubmit"));
        assert_eq!(page.rows[2][4], None);
        assert_eq!(
            cells(&page).iter().map(|r| r[2]).collect::<Vec<_>>(),
            ["customdeploy_b1", "customdeploy_a2", "customdeploy_a1"]
        );
    }

    #[test]
    fn left_outer_join_gives_none_for_missing_side() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "select s.id, d.id as dep from script s left outer join scriptdeployment d \
             on d.script = s.id where s.id >= 3 order by s.id",
        )
        .unwrap();
        assert_eq!(
            cells(&page),
            [["3", "<null>"], ["4", "<null>"], ["5", "<null>"]]
        );
    }

    #[test]
    fn limit_is_refused_anywhere_but_in_literals_and_quoted_identifiers() {
        assert!(parse_err("SELECT id FROM script LIMIT 5").starts_with("LIMIT is not"));
        assert!(parse_err("select id from script limit 5").starts_with("LIMIT is not"));
        assert!(parse_err("SELECT id FROM script ORDER BY id LIMIT 2 OFFSET 1").contains("LIMIT"));
        assert!(parse_err("SELECT * FROM (SELECT id FROM script LIMIT 1) x").starts_with("LIMIT"));
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT name AS \"limit\" FROM script WHERE name <> 'no limit 5' AND id = 1",
        )
        .unwrap();
        assert_eq!(page.columns, ["limit"]);
        assert_eq!(cells(&page), [["Alpha UE"]]);
        let error = run(&mut conn, "SELECT id FROM script LIMIT 5").unwrap_err();
        assert_eq!(
            error.detail(),
            format!("{DETAIL_PREFIX}Parse of query string failed: {REASON_LIMIT}")
        );
    }

    #[test]
    fn fetch_first_and_next_cap_rows() {
        assert_eq!(
            translate("SELECT id FROM script ORDER BY id FETCH FIRST 2 ROWS ONLY").unwrap(),
            "SELECT id FROM script ORDER BY id LIMIT 2"
        );
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT id FROM script ORDER BY id DESC FETCH FIRST 2 ROWS ONLY",
        )
        .unwrap();
        assert_eq!(page.total_results, 2);
        assert_eq!(cells(&page), [["5"], ["4"]]);
        let page = run(
            &mut conn,
            "select id from script order by id fetch next 1 row only",
        )
        .unwrap();
        assert_eq!(cells(&page), [["1"]]);
        let page = run(
            &mut conn,
            "SELECT id FROM script ORDER BY id OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY",
        )
        .unwrap();
        assert_eq!(cells(&page), [["2"], ["3"]]);
        assert_eq!(
            parse_err("SELECT id FROM script FETCH FIRST 10 PERCENT ROWS ONLY"),
            REASON_FETCH
        );
    }

    #[test]
    fn rownum_caps_rows() {
        assert_eq!(
            translate("SELECT id FROM script WHERE ROWNUM <= 2 ORDER BY id").unwrap(),
            "SELECT id FROM script ORDER BY id LIMIT 2"
        );
        assert_eq!(
            translate("SELECT id FROM script WHERE isinactive = 'F' AND rownum < 3").unwrap(),
            "SELECT id FROM script WHERE isinactive = 'F' LIMIT 2"
        );
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT id FROM script WHERE ROWNUM <= 2 ORDER BY id",
        )
        .unwrap();
        assert_eq!(page.total_results, 2);
        assert_eq!(cells(&page), [["1"], ["2"]]);
        // The classic Oracle top-n: ROWNUM on the outer query of a sorted subquery.
        let page = run(
            &mut conn,
            "SELECT * FROM (SELECT id FROM script ORDER BY id DESC) WHERE ROWNUM <= 3",
        )
        .unwrap();
        assert_eq!(cells(&page), [["5"], ["4"], ["3"]]);
        // Oracle's meaning of the other comparisons.
        let count = |conn: &mut Connection, q: &str| run(conn, q).unwrap().total_results;
        assert_eq!(
            count(&mut conn, "SELECT id FROM script WHERE ROWNUM = 1"),
            1
        );
        assert_eq!(
            count(&mut conn, "SELECT id FROM script WHERE ROWNUM = 2"),
            0
        );
        assert_eq!(
            count(&mut conn, "SELECT id FROM script WHERE ROWNUM > 1"),
            0
        );
        assert_eq!(
            count(&mut conn, "SELECT id FROM script WHERE 4 >= ROWNUM"),
            4
        );
        assert_eq!(
            count(&mut conn, "SELECT id FROM script WHERE ROWNUM <> 3"),
            2
        );
        assert_eq!(
            count(
                &mut conn,
                "SELECT id FROM script WHERE ROWNUM <= 4 FETCH FIRST 3 ROWS ONLY"
            ),
            3
        );
        // In a subquery.
        let page = run(
            &mut conn,
            "SELECT id FROM script WHERE id IN (SELECT script FROM scriptdeployment \
             WHERE ROWNUM <= 1) ORDER BY id",
        )
        .unwrap();
        assert_eq!(cells(&page), [["1"]]);
    }

    #[test]
    fn unsupported_rownum_uses_are_refused() {
        assert_eq!(parse_err("SELECT ROWNUM, id FROM script"), REASON_ROWNUM);
        assert_eq!(
            parse_err("SELECT id FROM script WHERE ROWNUM <= 2 OR id = 1"),
            REASON_ROWNUM
        );
        assert_eq!(
            parse_err("SELECT COUNT(*) FROM script WHERE ROWNUM <= 2"),
            REASON_ROWNUM_GROUPED
        );
        assert_eq!(
            parse_err("SELECT DISTINCT scripttype FROM script WHERE ROWNUM <= 2"),
            REASON_ROWNUM_GROUPED
        );
    }

    #[test]
    fn builtin_df_nvl_nvl2_to_char_decode_instr_work() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT BUILTIN.DF(s.scripttype) AS t, NVL(s.beforesubmitfunction, 'none') AS b, \
             NVL2(s.aftersubmitfunction, 'yes', 'no') AS a, TO_CHAR(s.id) || '-' || s.name AS n, \
             DECODE(s.isinactive, 'T', 'inactive', 'active') AS st, \
             INSTR(s.name, 'a', 1, 2) AS i2, INSTR(s.name, 'a') AS i1, \
             TO_NUMBER('4.50') AS num, UPPER(SUBSTR(s.name, 1, 3)) AS up \
             FROM script s WHERE s.id = 1",
        )
        .unwrap();
        assert_eq!(
            cells(&page),
            [[
                "USEREVENT",
                "beforeSubmit",
                "no",
                "1-Alpha UE",
                "active",
                "0",
                "5",
                "4.5",
                "ALP"
            ]]
        );
        assert_eq!(
            translate("SELECT BUILTIN.DF(status) FROM scriptdeployment").unwrap(),
            "SELECT builtin_df(status) FROM scriptdeployment"
        );
        let page = run(
            &mut conn,
            "SELECT TO_CHAR('2024-03-07 14:05:09', 'YYYY/MM/DD HH24:MI:SS') AS d, \
             TO_CHAR('2024-03-07', 'DD.MM.YY') AS e, INSTR('abcabc', 'b', -1) AS back \
             FROM script WHERE id = 1",
        )
        .unwrap();
        assert_eq!(cells(&page), [["2024/03/07 14:05:09", "07.03.24", "5"]]);
        let error = run(&mut conn, "SELECT TO_NUMBER('abc') FROM script").unwrap_err();
        assert_eq!(
            error,
            SuiteQlError::Execution("invalid number: 'abc'".into())
        );
    }

    #[test]
    fn division_is_exact_as_in_oracle() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT id / 2 AS half, 4 / 2 AS two, (id + 2) / 4 * 2 AS x FROM script WHERE id = 1",
        )
        .unwrap();
        assert_eq!(cells(&page), [["0.5", "2", "1.5"]]);
    }

    #[test]
    fn values_over_the_bound_are_refused_and_the_connection_stays_usable() {
        let mut conn = db();
        for q in [
            "SELECT randomblob(500000000) AS b FROM script",
            "SELECT zeroblob(2000000) AS b FROM script",
            "SELECT printf('%.*c', 2000000, 'x') AS s FROM script",
        ] {
            assert_eq!(run(&mut conn, q), Err(SuiteQlError::TooLarge), "{q}");
        }
        assert!(SuiteQlError::TooLarge.detail().starts_with(DETAIL_PREFIX));
        // The bound is the query's only: the emulator's own statements are not limited afterwards.
        let length: i64 = conn
            .query_row("SELECT length(zeroblob(2000000))", [], |r| r.get(0))
            .unwrap();
        assert_eq!(length, 2_000_000);
        assert!(run(&mut conn, "SELECT id FROM script").is_ok());
    }

    #[test]
    fn what_sqlite_cannot_run_is_refused() {
        let mut conn = db();
        for q in [
            "SELECT id FROM script WHERE id = 1 FOR UPDATE",
            "SELECT a.id FROM script a, scriptdeployment b WHERE a.id = b.script(+)",
            "SELECT limit FROM script",
        ] {
            assert!(
                matches!(run(&mut conn, q), Err(SuiteQlError::Parse(_))),
                "{q} was not refused"
            );
        }
        assert_eq!(
            run(&mut conn, "SELECT BUILTIN.CONSOLIDATE(id) FROM script"),
            Err(SuiteQlError::Execution(
                "no such function: builtin_consolidate".into()
            ))
        );
        assert_eq!(
            run(
                &mut conn,
                "WITH c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c"
            ),
            Err(SuiteQlError::Execution(TEXT_RECURSIVE.into()))
        );
    }

    #[test]
    fn values_are_formatted_as_strings() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT 4.02 AS a, 3.0 AS b, 7 AS c, 1.5 * 2 AS d, -0.0 AS e, NULL AS f, 'T' AS g \
             FROM script WHERE id = 1",
        )
        .unwrap();
        assert_eq!(cells(&page), [["4.02", "3", "7", "3", "0", "<null>", "T"]]);
    }

    #[test]
    fn only_single_select_statements_are_accepted() {
        for q in [
            "UPDATE script SET name = 'x'",
            "DELETE FROM script",
            "INSERT INTO script (id) VALUES (9)",
            "DROP TABLE script",
            "PRAGMA table_info(script)",
            "ATTACH DATABASE 'x.db' AS x",
            "SELECT 1; SELECT 2",
            "",
        ] {
            let mut conn = db();
            assert!(
                matches!(run(&mut conn, q), Err(SuiteQlError::Parse(_))),
                "{q} was not refused"
            );
            assert_eq!(
                run(&mut conn, "SELECT id FROM script")
                    .unwrap()
                    .total_results,
                5
            );
        }
        assert_eq!(parse_err("SELECT 1; SELECT 2"), REASON_SEVERAL);
        assert_eq!(parse_err("DELETE FROM script"), REASON_NOT_SELECT);
        assert_eq!(parse_err("  "), REASON_EMPTY);
        assert_eq!(parse_err("-- only a comment"), REASON_EMPTY);
    }

    #[test]
    fn private_tables_are_unknown_tables() {
        let mut conn = db();
        let unknown = |t: &str| Err(SuiteQlError::UnknownTable(t.into()));
        assert_eq!(
            run(&mut conn, "SELECT * FROM emu_secret"),
            unknown("emu_secret")
        );
        assert_eq!(
            run(&mut conn, "SELECT COUNT(*) FROM emu_secret"),
            unknown("emu_secret")
        );
        assert_eq!(
            run(&mut conn, "SELECT name FROM sqlite_master"),
            unknown("sqlite_master")
        );
        assert_eq!(
            run(
                &mut conn,
                "SELECT id FROM script WHERE name IN (SELECT x FROM emu_secret)"
            ),
            unknown("emu_secret")
        );
        // A CTE named like a public table must not launder a private read.
        assert_eq!(
            run(
                &mut conn,
                "WITH script AS (SELECT x FROM emu_secret) SELECT * FROM script"
            ),
            unknown("emu_secret")
        );
        assert_eq!(
            run(&mut conn, "SELECT * FROM pragma_table_info('emu_secret')"),
            unknown("pragma_table_info")
        );
        assert_eq!(run(&mut conn, "SELECT id FROM foo"), unknown("foo"));
        assert_eq!(
            run(&mut conn, "SELECT sqlite_version() FROM script"),
            Err(SuiteQlError::Execution(
                "no such function: sqlite_version".into()
            ))
        );
        // The authorizer is gone afterwards: the emulator itself can read its tables.
        let x: String = conn
            .query_row("SELECT x FROM emu_secret", [], |r| r.get(0))
            .unwrap();
        assert_eq!(x, "hidden");
        // And a double-quoted unknown name is a string again outside run_page (restored).
        let s: String = conn.query_row("SELECT \"nope\"", [], |r| r.get(0)).unwrap();
        assert_eq!(s, "nope");
    }

    #[test]
    fn unknown_columns_are_unknown_identifiers() {
        let mut conn = db();
        let field = |field: &str, identifiers: &str| {
            Err(SuiteQlError::UnknownField {
                field: field.into(),
                identifiers: identifiers.into(),
            })
        };
        assert_eq!(
            run(&mut conn, "SELECT bar FROM script"),
            field("bar", "script=script")
        );
        assert_eq!(
            run(
                &mut conn,
                "SELECT d.bar FROM script s JOIN scriptdeployment d ON d.script = s.id"
            ),
            field("bar", "s=script, d=scriptdeployment")
        );
        // Double-quoted identifiers are identifiers, never string literals.
        assert_eq!(
            run(&mut conn, "SELECT \"Bar\" FROM script"),
            field("Bar", "script=script")
        );
        // NetSuite's words (docs/emulator-fidelity.md).
        let error = run(&mut conn, "SELECT bar FROM script").unwrap_err();
        assert_eq!(
            error.detail(),
            "Invalid search query. Detailed unprocessed description follows. Search error \
             occurred: Unknown identifier 'bar'. Available identifiers are: {script=script}."
        );
        assert_eq!(
            run(&mut conn, "SELECT id FROM foo").unwrap_err().detail(),
            "Invalid search query. Detailed unprocessed description follows. Invalid search type: foo."
        );
    }

    #[test]
    fn syntax_errors_are_parse_errors() {
        let mut conn = db();
        assert!(matches!(
            run(&mut conn, "SELECT FROM WHERE"),
            Err(SuiteQlError::Parse(_))
        ));
        assert!(matches!(
            run(&mut conn, "SELECT id FROM script WHERE"),
            Err(SuiteQlError::Parse(_))
        ));
    }

    #[test]
    fn paging_counts_and_slices() {
        let mut conn = db();
        let q = "SELECT id FROM script ORDER BY id";
        let page = run_page(&mut conn, q, PUBLIC, &[], 2, 0).unwrap();
        assert_eq!(
            (page.total_results, cells(&page)),
            (5, vec![vec!["1"], vec!["2"]])
        );
        let page = run_page(&mut conn, q, PUBLIC, &[], 2, 4).unwrap();
        assert_eq!((page.total_results, cells(&page)), (5, vec![vec!["5"]]));
        let page = run_page(&mut conn, q, PUBLIC, &[], 2, 9).unwrap();
        assert_eq!(page.total_results, 5);
        assert!(page.rows.is_empty());
        assert_eq!(page.columns, ["id"]);
        let page = run_page(&mut conn, q, PUBLIC, &[], u64::MAX, 3).unwrap();
        assert_eq!(cells(&page), [["4"], ["5"]]);
        let page = run_page(
            &mut conn,
            "SELECT scripttype, COUNT(*) AS n FROM script GROUP BY scripttype \
             ORDER BY scripttype",
            PUBLIC,
            &[],
            10,
            0,
        )
        .unwrap();
        assert_eq!(
            cells(&page),
            [["CLIENT", "1"], ["SCHEDULED", "1"], ["USEREVENT", "3"]]
        );
    }

    #[test]
    fn keywords_and_identifiers_are_case_insensitive() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "sElEcT S.Name AS \"MixedCase\", Id FrOm SCRIPT s WhErE S.ISINACTIVE = 'T'",
        )
        .unwrap();
        assert_eq!(page.columns, ["mixedcase", "id"]);
        assert_eq!(cells(&page), [["Gamma Sched", "3"]]);
        // Duplicate column names are kept as they are (no "id:1").
        let page = run(
            &mut conn,
            "SELECT s.id, d.id FROM script s JOIN scriptdeployment d ON d.script = s.id \
             WHERE d.id = 20",
        )
        .unwrap();
        assert_eq!(page.columns, ["id", "id"]);
        assert_eq!(cells(&page), [["2", "20"]]);
    }

    #[test]
    fn union_and_case_work() {
        let mut conn = db();
        let page = run(
            &mut conn,
            "SELECT scriptid, CASE WHEN isinactive = 'T' THEN 'off' ELSE 'on' END AS state \
             FROM script WHERE id <= 2 UNION SELECT scriptid, status FROM scriptdeployment \
             WHERE id != 11 ORDER BY 1",
        )
        .unwrap();
        assert_eq!(
            cells(&page),
            [
                ["customdeploy_a1", "RELEASED"],
                ["customdeploy_b1", "RELEASED"],
                ["customscript_a", "on"],
                ["customscript_b", "on"]
            ]
        );
    }
}
