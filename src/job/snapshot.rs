//! Observing every step at once. The token first (every other request would only queue behind it), then every
//! independent observation concurrently, within the client's cap on requests in flight. What stays sequential
//! are true dependencies: the send scripts → their deployments → the other scripts on those record types →
//! those scripts' bundles. A question the account refuses leaves that one part unobserved; the rest go on.

use anyhow::Result;

use crate::client::Clients;
use crate::steps::{
    Snapshot, Unobserved, Verdict, bundles, certificate, deployments, order, role, settings,
};

/// Observes every step, the integration role (and the deployments' Execute As Role) being `role`.
pub async fn observe(clients: &Clients, role: &str) -> Result<Snapshot> {
    let ns = &clients.netsuite;
    ns.prepare().await?;
    let deployments_and_order = async {
        let d = deployments::observe(ns, role).await?;
        let o = order::observe(ns, &d).await?;
        anyhow::Ok((d, o))
    };
    let (bundles, role, d_and_o, settings, certificate, openair) = tokio::join!(
        bundles::observe(ns),
        role::observe(ns, role),
        deployments_and_order,
        settings::observe(ns),
        certificate::observe(ns),
        clients.openair.check(),
    );
    let (deployments, order) = d_and_o?;
    Ok(Snapshot {
        account: ns.account().to_string(),
        sandbox: ns.account().is_sandbox(),
        bundles: bundles?,
        role: role?,
        deployments,
        order,
        settings: settings?,
        certificate: certificate?,
        openair: match openair {
            Ok(who) => Ok(who.user.nickname),
            // A wrong OpenAir credential must not hide the NetSuite side: it is one failing check.
            Err(e) => Err(Unobserved::new(Verdict::Fail, format!("{e:#}"))),
        },
    })
}
