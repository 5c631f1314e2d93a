//! The running-order probe (`verify-order --probe TYPE:ID`, and `test-import` once its record arrived): a UI save
//! through test-import's machinery (the emulator's UI surface, or a person, guided), then the mapped fields of the
//! record in NetSuite (REST record API) against what OpenAir received (XML API). The rule is
//! `crate::steps::order_probe`; this file only reads.

use anyhow::Result;
use serde_json::{Map, Value};

use super::Job;
use super::test_import::{ImportRun, Landing, kind_named, prove};
use crate::error::{Failure, Kind};
use crate::steps::order::{self, RecordTypeScripts};
use crate::steps::order_probe::{ProbeReport, ProbeVerdict, candidates, compare, explain};

/// The deployment record type a probe kind is saved as (`customer` → `CUSTOMER`, `projecttask` → `PROJECTTASK`).
pub fn record_type(kind: &str) -> String {
    kind.to_ascii_uppercase()
}

/// Saves NetSuite record `kind:id` as a person would (test-import's save and watch) and, once OpenAir has it,
/// compares the mapped fields. `types` are the record types' scripts when the caller already observed them.
pub async fn probe(
    job: &Job,
    run: &ImportRun<'_>,
    (kind, id): (&str, &str),
    types: Option<&[RecordTypeScripts]>,
) -> Result<(Landing, ProbeReport)> {
    let landing = prove(job, run, (kind, id)).await?;
    if !landing.landed {
        let report = ProbeReport {
            record: format!("{kind}:{id}"),
            record_type: record_type(kind),
            verdict: ProbeVerdict::NeedsCheck,
            fields: Vec::new(),
            fields_from: "defaults",
            candidates: None,
            detail: format!(
                "nothing to compare: the save did not reach OpenAir. {}",
                landing.message
            ),
            fix: Some(format!(
                "save the record in the NetSuite UI while `oa-rt verify-order --probe {kind}:{id}` waits (`oa-rt test-import --record {kind}:{id}` shows why an import does not land)"
            )),
        };
        return Ok((landing, report));
    }
    let report = compare_landed(job, (kind, id), types).await?;
    Ok((landing, report))
}

/// After the record's import landed: reads the mapped fields on both sides and compares them; on a difference,
/// names the candidate scripts (observing them when `types` is None).
pub async fn compare_landed(
    job: &Job,
    (kind, id): (&str, &str),
    types: Option<&[RecordTypeScripts]>,
) -> Result<ProbeReport> {
    let k = kind_named(kind)
        .ok_or_else(|| Failure::usage(format!("'{kind}' is not a record type the probe knows")))?;
    let openair = &job.clients.openair;
    let (fields, named) = openair.mapped_fields(k.oa_type)?;
    let rt = record_type(kind);
    let netsuite = read_netsuite(job, k.table, id).await?;
    let oa_fields: Vec<String> = fields.iter().map(|(_, o)| o.clone()).collect();
    let read = if oa_fields.is_empty() {
        Ok(Default::default())
    } else {
        match openair
            .read_fields_by_netsuite_id(k.oa_type, id, &oa_fields)
            .await?
        {
            Some(read) => Ok(read),
            None => Err(format!(
                "no OpenAir object holds NetSuite id {id} in its NetSuite ID field"
            )),
        }
    };
    let compared = compare(&fields, &netsuite, &read);
    let fails = crate::steps::order_probe::verdict(&compared) == ProbeVerdict::Fail;
    let cands = if !fails {
        None
    } else {
        match types {
            Some(t) => t.iter().find(|t| t.record_type == rt).map(candidates),
            None => match order::observe_all(&job.clients.netsuite, &job.role).await {
                Ok(Ok(o)) => o.types.iter().find(|t| t.record_type == rt).map(candidates),
                _ => None,
            },
        }
    };
    let (verdict, detail, fix) = explain(&format!("{kind}:{id}"), &rt, &compared, cands.as_deref());
    Ok(ProbeReport {
        record: format!("{kind}:{id}"),
        record_type: rt,
        verdict,
        fields: compared,
        fields_from: if named {
            "profile (openair.field_mappings)"
        } else {
            "defaults"
        },
        candidates: cands,
        detail,
        fix,
    })
}

/// The record as the record API shows it, or why the account refused it (the probe degrades; sign-in failures
/// still end the command).
async fn read_netsuite(
    job: &Job,
    record_type: &str,
    id: &str,
) -> Result<std::result::Result<Map<String, Value>, String>> {
    match job.clients.netsuite.record_get(record_type, id).await {
        Ok(record) => Ok(Ok(record)),
        Err(e) if crate::error::failure_of(&e).is_some_and(|f| f.kind == Kind::Auth) => Err(e),
        Err(e) => Ok(Err(match crate::client::netsuite::refused(&e) {
            Some(r) => r.detail(),
            None => format!("{e:#}"),
        })),
    }
}
