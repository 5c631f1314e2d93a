//! The client of an emulator's control surface (`/_emulator/...`): the UI surface that plays the person in
//! guided steps, dump and reset. Never used against a real account (real services have no such surface).

use std::time::Duration;

use anyhow::Result;
use serde_json::Value;

use crate::error::Failure;
use crate::platform::ui::UiAction;

fn client(base: &url::Url) -> Result<reqwest::Client> {
    use crate::client::http::{Reach, build_client};
    build_client(Duration::from_secs(30), Reach::of([base]))
}

/// Performs a UI action (`POST /_emulator/ui/<action>`).
pub async fn perform(base: &url::Url, action: &UiAction) -> Result<Value> {
    post_json(
        &base.join(&format!("_emulator/ui/{}", action.name()))?,
        &action.body(),
    )
    .await
}

/// Posts to the emulator's control surface; a refused action is bad input (exit 2), no emulator is exit 4.
pub async fn post_json(url: &url::Url, body: &Value) -> Result<Value> {
    let response = client(url)?.post(url.clone()).json(body).send().await;
    read(url, response).await
}

pub async fn get_json(url: &url::Url) -> Result<Value> {
    let response = client(url)?.get(url.clone()).send().await;
    read(url, response).await
}

async fn read(url: &url::Url, response: reqwest::Result<reqwest::Response>) -> Result<Value> {
    let response = response.map_err(|e| {
        Failure::service(format!(
            "no emulator answers at {}: {e}",
            url.origin().ascii_serialization()
        ))
        .with_hint("start one with `oa-rt emulator serve`, and pass its URL with --url")
    })?;
    let status = response.status();
    let value: Value = response
        .json()
        .await
        .map_err(|e| Failure::service(format!("the emulator sent an unreadable answer: {e}")))?;
    if status.is_success() {
        return Ok(value);
    }
    let message = value
        .get("error")
        .and_then(|e| e.as_str())
        .unwrap_or("refused")
        .to_string();
    Err(Failure::usage(message).into())
}
