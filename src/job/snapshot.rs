//! Observing every step at once. The token first (every other request would only queue behind it), then NetSuite's
//! facts and OpenAir's together. A question the account refuses leaves that one part unobserved; the rest go on.

use anyhow::Result;

use crate::client::Clients;
use crate::steps::{
    Snapshot, Unobserved, Verdict, bundles, certificate, deployments, order, reads, role, settings,
};

/// Observes every step, the integration role (and the deployments' Execute As Role) being `role`: NetSuite's
/// facts in one read (`steps::reads`: one `observe` call of the companion, or two rounds of SuiteQL without it) at
/// the same time as OpenAir's.
pub async fn observe(clients: &Clients, role: &str) -> Result<Snapshot> {
    let ns = &clients.netsuite;
    ns.prepare().await?;
    let ask = bundles::ask()
        .and(order::ask(role))
        .and(settings::ask())
        .and(certificate::ask());
    let (reads, openair) = tokio::join!(reads::read(ns, &ask), clients.openair.check(),);
    let reads = reads?;
    let deployments = deployments::from_reads(&reads, role)?;
    Ok(Snapshot {
        account: ns.account().to_string(),
        sandbox: ns.account().is_sandbox(),
        bundles: bundles::from_reads(&reads)?,
        role: role::from_reads(&reads, role)?,
        order: order::from_reads(&reads, &deployments)?,
        deployments,
        settings: settings::from_reads(&reads)?,
        certificate: certificate::from_reads(&reads, ns.role())?,
        openair: match openair {
            Ok(who) => Ok(who.user.nickname),
            // A wrong OpenAir credential must not hide the NetSuite side: it is one failing check.
            Err(e) => Err(Unobserved::new(Verdict::Fail, format!("{e:#}"))),
        },
    })
}
