//! SuiteQL on SQLite: the part of the NetSuite emulator that answers
//! `POST /services/rest/query/v1/suiteql`.
//!
//! # How a query is run
//! 1. [`translate`] parses the SuiteQL text with sqlparser's Oracle dialect, refuses what
//!    NetSuite refuses (several statements, anything but a query, `LIMIT`), rewrites the
//!    Oracle row-capping forms into SQLite `LIMIT`/`OFFSET` and `BUILTIN.X(..)` calls into
//!    `builtin_x(..)`, and prints the AST back as SQL.
//! 2. [`run_page`] prepares that SQL with an authorizer installed, so that only the
//!    emulator's public record tables can be read (its own `emu_*` tables, `sqlite_master`,
//!    table-valued functions … are reported as unknown records), then steps through the
//!    result once, counting every row and keeping the requested window.
//! 3. SQLite's refusals are mapped onto the NetSuite error texts kept in [`SuiteQlError`].
//!
//! # Why an AST rewrite and not a token rewrite
//! sqlparser's `Display` of the parsed AST was checked to print back every SuiteQL construct
//! the emulator needs (quoted identifiers, `||`, `<>`/`!=`, CASE, CAST, LEFT OUTER JOIN,
//! IN, LIKE, GROUP BY/HAVING, UNION, subqueries, `COUNT(DISTINCT ..)`) as SQL SQLite runs.
//! Working on the AST means `LIMIT` is found only where it is really the clause (never in a
//! string literal, a quoted identifier or a comment), and `FETCH FIRST` / `ROWNUM` are
//! handled per (sub)query with the right clause order, which a token rewrite would have to
//! re-derive. Constructs that neither approach can give SQLite (Oracle `(+)` joins,
//! `CONNECT BY`, `DATE '..'` literals) are printed as written and SQLite refuses them.
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
//! * `a / b` → `CAST(a AS REAL) / b`: Oracle divides exactly, SQLite truncates integers.
//!
//! # Result columns
//! Keys are SQLite's column names lower-cased: the alias if there is one, the bare column
//! name for `t.col`, otherwise the expression as printed by sqlparser (for example
//! `builtin_df(d.status)`, `count(*)`). Duplicate names are kept as they are.

use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};

use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, ErrorCode, config::DbConfig, limits::Limit};
use sqlparser::ast::{
    BinaryOperator, CastKind, DataType, Expr, GroupByExpr, Ident, LimitClause, ObjectName,
    ObjectNamePart, Offset, OffsetRows, Query, Select, SetExpr, Statement, TableFactor,
    UnaryOperator, Value as SqlValue, Visit, VisitMut, Visitor, VisitorMut,
};
use sqlparser::dialect::OracleDialect;
use sqlparser::parser::{Parser, ParserError};

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
    let statements = Parser::parse_sql(&OracleDialect {}, suiteql).map_err(|e| {
        SuiteQlError::Parse(match e {
            ParserError::TokenizerError(m) | ParserError::ParserError(m) => m,
            ParserError::RecursionLimitExceeded => "the query is nested too deeply".into(),
        })
    })?;
    let mut statements = statements.into_iter();
    let statement = match (statements.next(), statements.next()) {
        (Some(statement), None) => statement,
        (None, _) => return Err(parse_error(REASON_EMPTY)),
        (Some(_), Some(_)) => return Err(parse_error(REASON_SEVERAL)),
    };
    let Statement::Query(mut query) = statement else {
        return Err(parse_error(REASON_NOT_SELECT));
    };

    if let ControlFlow::Break(e) = VisitMut::visit(&mut *query, &mut Rewriter) {
        return Err(e);
    }
    // Every ROWNUM the rewrite could turn into a LIMIT is gone; SQLite would report any
    // other one as an unknown column, which would mislead.
    if query.visit(&mut RownumFinder).is_break() {
        return Err(parse_error(REASON_ROWNUM));
    }

    let mut collector = TableCollector::default();
    let _ = query.visit(&mut collector);
    Ok(Translated {
        sql: query.to_string(),
        tables: collector.tables,
    })
}

/// Rewrites every (sub)query bottom-up: row capping, BUILTIN function names, division.
struct Rewriter;

impl VisitorMut for Rewriter {
    type Break = SuiteQlError;

    fn post_visit_query(&mut self, query: &mut Query) -> ControlFlow<SuiteQlError> {
        match rewrite_row_limits(query) {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => ControlFlow::Break(e),
        }
    }

    fn post_visit_expr(&mut self, expr: &mut Expr) -> ControlFlow<SuiteQlError> {
        // BUILTIN.DF(x) → builtin_df(x): SQLite has no schema-qualified functions.
        if let Expr::Function(function) = expr
            && let [
                ObjectNamePart::Identifier(schema),
                ObjectNamePart::Identifier(name),
            ] = function.name.0.as_slice()
            && schema.value.eq_ignore_ascii_case("builtin")
        {
            let flat = format!("builtin_{}", name.value.to_ascii_lowercase());
            function.name = ObjectName::from(vec![Ident::new(flat)]);
        }
        // Oracle divides integers exactly (7 / 2 = 3.5) where SQLite truncates (3), so the
        // dividend is made REAL; whole results still print without ".0".
        if let Expr::BinaryOp {
            left,
            op: BinaryOperator::Divide,
            ..
        } = expr
        {
            let dividend = std::mem::replace(left.as_mut(), Expr::value(SqlValue::Null));
            **left = Expr::Cast {
                kind: CastKind::Cast,
                expr: Box::new(dividend),
                data_type: DataType::Real,
                format: None,
            };
        }
        ControlFlow::Continue(())
    }
}

/// Turns this query's OFFSET/FETCH/ROWNUM into one SQLite `LIMIT .. OFFSET ..`.
fn rewrite_row_limits(query: &mut Query) -> Result<(), SuiteQlError> {
    let offset = match query.limit_clause.take() {
        None => None,
        // Oracle's `OFFSET m ROWS` is parsed as a limit clause without a limit.
        Some(LimitClause::LimitOffset {
            limit: None,
            offset: Some(offset),
            limit_by,
        }) if limit_by.is_empty() => Some(row_count(&offset.value)?),
        Some(_) => return Err(parse_error(REASON_LIMIT)),
    };

    let mut limit = match query.fetch.take() {
        None => None,
        Some(fetch) if fetch.percent || fetch.with_ties => return Err(parse_error(REASON_FETCH)),
        Some(fetch) => Some(match &fetch.quantity {
            None => 1,
            Some(quantity) => row_count(quantity)?,
        }),
    };

    if let SetExpr::Select(select) = query.body.as_mut()
        && let Some(rownum) = take_rownum_bound(select)?
    {
        // ROWNUM filters before OFFSET is applied, so the offset eats into its rows.
        let after_offset = rownum.saturating_sub(offset.unwrap_or(0));
        limit = Some(limit.map_or(after_offset, |l| l.min(after_offset)));
    }

    if limit.is_some() || offset.is_some() {
        // SQLite needs a LIMIT before an OFFSET; -1 means "no limit".
        let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        query.limit_clause = Some(LimitClause::LimitOffset {
            limit: Some(number(limit)),
            offset: offset.map(|o| Offset {
                value: number(i64::try_from(o).unwrap_or(i64::MAX)),
                rows: OffsetRows::None,
            }),
            limit_by: vec![],
        });
    }
    Ok(())
}

fn number(n: i64) -> Expr {
    Expr::value(SqlValue::Number(n.to_string(), false))
}

/// An integer literal (possibly negative, possibly parenthesised).
fn int_literal(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Value(v) => match &v.value {
            SqlValue::Number(text, _) => text.parse().ok(),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => int_literal(expr).map(|n| -n),
        Expr::Nested(inner) => int_literal(inner),
        _ => None,
    }
}

/// A FETCH/OFFSET count; Oracle treats a negative count as 0.
fn row_count(expr: &Expr) -> Result<u64, SuiteQlError> {
    int_literal(expr)
        .map(|n| n.max(0).unsigned_abs())
        .ok_or_else(|| parse_error(REASON_COUNT))
}

/// Removes the ROWNUM conditions from the top-level AND of the WHERE and returns the row
/// count they allow (`u64::MAX` = every row); `None` when there is none.
fn take_rownum_bound(select: &mut Select) -> Result<Option<u64>, SuiteQlError> {
    let Some(selection) = select.selection.take() else {
        return Ok(None);
    };
    let mut bound = None;
    let mut rest = Vec::new();
    for condition in split_and(selection) {
        match rownum_condition(&condition) {
            Some(b) => bound = Some(bound.map_or(b, |old: u64| old.min(b))),
            None => rest.push(condition),
        }
    }
    if bound.is_some() && is_grouped(select) {
        return Err(parse_error(REASON_ROWNUM_GROUPED));
    }
    select.selection = rest.into_iter().reduce(|left, right| Expr::BinaryOp {
        left: Box::new(left),
        op: BinaryOperator::And,
        right: Box::new(right),
    });
    Ok(bound)
}

/// The conditions of a top-level AND chain, looking through parentheses around ANDs.
fn split_and(expr: Expr) -> Vec<Expr> {
    match expr {
        Expr::BinaryOp {
            left,
            op: BinaryOperator::And,
            right,
        } => {
            let mut parts = split_and(*left);
            parts.extend(split_and(*right));
            parts
        }
        Expr::Nested(inner)
            if matches!(
                *inner,
                Expr::BinaryOp {
                    op: BinaryOperator::And,
                    ..
                }
            ) =>
        {
            split_and(*inner)
        }
        other => vec![other],
    }
}

fn is_rownum(expr: &Expr) -> bool {
    matches!(expr, Expr::Identifier(ident)
        if ident.quote_style.is_none() && ident.value.eq_ignore_ascii_case("rownum"))
}

/// `ROWNUM <op> n` or `n <op> ROWNUM` → how many rows Oracle lets through. ROWNUM counts
/// only the rows that passed, so a condition false for row 1 is false for every row.
fn rownum_condition(expr: &Expr) -> Option<u64> {
    let expr = match expr {
        Expr::Nested(inner) => return rownum_condition(inner),
        e => e,
    };
    let Expr::BinaryOp { left, op, right } = expr else {
        return None;
    };
    let (op, n) = if is_rownum(left) {
        (op.clone(), int_literal(right)?)
    } else if is_rownum(right) {
        let flipped = match op {
            BinaryOperator::Lt => BinaryOperator::Gt,
            BinaryOperator::LtEq => BinaryOperator::GtEq,
            BinaryOperator::Gt => BinaryOperator::Lt,
            BinaryOperator::GtEq => BinaryOperator::LtEq,
            other => other.clone(),
        };
        (flipped, int_literal(left)?)
    } else {
        return None;
    };
    let at_most = |k: i64| k.max(0).unsigned_abs();
    Some(match op {
        BinaryOperator::LtEq => at_most(n),
        BinaryOperator::Lt => at_most(n - 1),
        BinaryOperator::Eq => u64::from(n == 1),
        BinaryOperator::GtEq if n <= 1 => u64::MAX,
        BinaryOperator::Gt if n < 1 => u64::MAX,
        BinaryOperator::GtEq | BinaryOperator::Gt => 0,
        BinaryOperator::NotEq if n >= 1 => at_most(n - 1),
        BinaryOperator::NotEq => u64::MAX,
        _ => return None,
    })
}

/// Whether rows are combined (so a LIMIT would not mean ROWNUM's filter-before-grouping).
fn is_grouped(select: &Select) -> bool {
    let grouped = match &select.group_by {
        GroupByExpr::All(_) => true,
        GroupByExpr::Expressions(exprs, _) => !exprs.is_empty(),
    };
    grouped
        || select.distinct.is_some()
        || select.having.is_some()
        || select
            .projection
            .visit(&mut AggregateFinder { depth: 0 })
            .is_break()
}

/// Finds an aggregate call outside any subquery.
struct AggregateFinder {
    depth: usize,
}

impl Visitor for AggregateFinder {
    type Break = ();

    fn pre_visit_query(&mut self, _: &Query) -> ControlFlow<()> {
        self.depth += 1;
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _: &Query) -> ControlFlow<()> {
        self.depth -= 1;
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
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
        if self.depth == 0
            && let Expr::Function(function) = expr
            && let [ObjectNamePart::Identifier(name)] = function.name.0.as_slice()
            && AGGREGATES.contains(&name.value.to_ascii_lowercase().as_str())
        {
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    }
}

struct RownumFinder;

impl Visitor for RownumFinder {
    type Break = ();

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        if is_rownum(expr) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }
}

/// Collects every FROM item with its alias, to name the record of an unknown `alias.field`.
#[derive(Default)]
struct TableCollector {
    tables: Vec<(String, String)>,
}

impl Visitor for TableCollector {
    type Break = ();

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        match factor {
            TableFactor::Table { name, alias, .. } => {
                if let Some(record) = last_ident(name) {
                    let key = alias.as_ref().map_or(&record, |a| &a.name.value);
                    self.tables.push((key.to_lowercase(), record.clone()));
                }
            }
            TableFactor::Derived {
                subquery,
                alias: Some(alias),
                ..
            } => {
                if let Some(record) = primary_table(subquery) {
                    self.tables.push((alias.name.value.to_lowercase(), record));
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

fn last_ident(name: &ObjectName) -> Option<String> {
    match name.0.last()? {
        ObjectNamePart::Identifier(ident) => Some(ident.value.clone()),
        _ => None,
    }
}

/// The first table of the outermost FROM (through derived tables and UNION's left side).
fn primary_table(query: &Query) -> Option<String> {
    fn of_body(body: &SetExpr) -> Option<String> {
        match body {
            SetExpr::Select(select) => match &select.from.first()?.relation {
                TableFactor::Table { name, .. } => last_ident(name),
                TableFactor::Derived { subquery, .. } => primary_table(subquery),
                _ => None,
            },
            SetExpr::SetOperation { left, .. } => of_body(left),
            SetExpr::Query(query) => primary_table(query),
            _ => None,
        }
    }
    of_body(&query.body)
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
