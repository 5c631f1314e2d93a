//! OpenAir's surfaces, as `<company>.app.<domain>` answers them under `/openair/`: the XML API (`api.pl`), the
//! real-time endpoint (`netsuite.pl`) with its queue and imports, and the real-time import certificate OpenAir
//! generates and rotates.

pub mod certificate;
pub mod realtime;
pub mod xml;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use super::state::Emu;

/// OpenAir's routes, under `/openair/`.
pub fn routes() -> Router<Arc<Emu>> {
    Router::new()
        // The XML API takes PUT or POST.
        .route("/openair/api.pl", post(xml::api).put(xml::api))
        .route("/openair/netsuite.pl", get(realtime::route))
}
