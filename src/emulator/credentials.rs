//! Credentials the emulator makes for its clients, registered on the server side exactly as an administrator
//! would register them in NetSuite (an M2M certificate mapping, a TBA token) and OpenAir (a user with API access).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};

use super::scenarios::INTEGRATION_ROLE_ID;
use crate::secret::Secret;

/// One M2M certificate mapping: its id (the JWT `kid`) and the private key that signs for it.
pub struct M2mKey {
    pub certificate_id: String,
    pub private_key_pem: Secret,
    pub certificate_pem: String,
}

/// What the written profiles point at.
#[derive(Clone, Copy)]
pub struct Target<'a> {
    pub base_url: &'a url::Url,
    pub account: &'a str,
    pub company: &'a str,
    pub environment: &'a str,
    /// The scenario's integration role, which the profiles name.
    pub role: &'a str,
}

pub struct Credentials {
    pub client_id: String,
    pub ec: M2mKey,
    pub rsa: Option<M2mKey>,
    pub consumer_key: Secret,
    pub consumer_secret: Secret,
    pub token_id: Secret,
    pub token_secret: Secret,
    pub oa_user: String,
    pub oa_password: Secret,
    pub oa_access_token: Secret,
    pub oa_namespace: String,
    pub oa_api_key: Secret,
}

/// Random bytes as hex, from the system's secure generator.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    aws_lc_rs::rand::fill(&mut buf).expect("the system random generator works");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// A self-signed certificate for an M2M mapping around `key`, valid from yesterday for a year.
fn m2m_key(key: rcgen::KeyPair, now: i64) -> Result<M2mKey> {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new())?;
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "oa-rt emulator M2M client");
    let start = time::OffsetDateTime::from_unix_timestamp(now - 86_400)?;
    params.not_before = start;
    params.not_after = start + time::Duration::days(365);
    let cert = params.self_signed(&key)?;
    Ok(M2mKey {
        // NetSuite's certificate ids are opaque strings; ours are random hex.
        certificate_id: random_hex(16),
        private_key_pem: Secret::new(key.serialize_pem()),
        certificate_pem: cert.pem(),
    })
}

fn ec_p256() -> Result<rcgen::KeyPair> {
    rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).context("generating an EC key")
}

/// RSA 3072, the smallest size NetSuite accepts for M2M certificates. rcgen's own RSA generation picks the
/// size itself, so the key comes from aws-lc-rs directly.
fn rsa_3072() -> Result<rcgen::KeyPair> {
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa3072)
        .map_err(|_| anyhow::anyhow!("RSA key generation failed"))?;
    let der = aws_lc_rs::encoding::AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair)
        .map_err(|_| anyhow::anyhow!("RSA key encoding failed"))?;
    rcgen::KeyPair::try_from(der.as_ref()).context("loading the RSA key")
}

impl Credentials {
    /// New credentials. RSA generation is slow (a few hundred ms for 3072 bits): only `serve` asks for it.
    pub fn generate(with_rsa: bool, now: i64) -> Result<Self> {
        Ok(Credentials {
            client_id: random_hex(32),
            ec: m2m_key(ec_p256()?, now)?,
            rsa: if with_rsa {
                Some(m2m_key(rsa_3072()?, now)?)
            } else {
                None
            },
            consumer_key: Secret::new(random_hex(32)),
            consumer_secret: Secret::new(random_hex(32)),
            token_id: Secret::new(random_hex(32)),
            token_secret: Secret::new(random_hex(32)),
            oa_user: "admin".into(),
            oa_password: Secret::new(random_hex(12)),
            oa_access_token: Secret::new(random_hex(24)),
            oa_namespace: "default".into(),
            oa_api_key: Secret::new(random_hex(10)),
        })
    }

    /// Registers everything on the server side (replacing what an earlier run registered) at `now`, the emulated
    /// clock.
    pub fn register(&self, conn: &Connection, now: i64) -> Result<()> {
        // The M2M mapping and the TBA token sign in with the scenario's caller role: its integration role, which
        // the profiles name, unless the scenario gives oa-rt a role of its own (`custom-role`).
        let role: i64 = conn
            .query_row(
                "SELECT value FROM emu_meta WHERE key IN ('caller_role_id', 'integration_role_id') ORDER BY key LIMIT 1",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .and_then(|v| v.parse().ok())
            .unwrap_or(INTEGRATION_ROLE_ID);
        let tx = conn.unchecked_transaction()?;
        tx.execute("DELETE FROM emu_integration", [])?;
        tx.execute("DELETE FROM emu_m2m_certificate", [])?;
        tx.execute("DELETE FROM emu_tba_token", [])?;
        tx.execute("DELETE FROM emu_oa_user", [])?;
        tx.execute(
            "INSERT INTO emu_integration(client_id, name, scopes) VALUES (?1, 'oa-rt', 'restlets,rest_webservices')",
            params![self.client_id],
        )?;
        for key in std::iter::once(&self.ec).chain(self.rsa.iter()) {
            tx.execute(
                "INSERT INTO emu_m2m_certificate(certificate_id, client_id, role, entity, pem, revoked, created)
                 VALUES (?1, ?2, ?3, -5, ?4, 'F', datetime(?5, 'unixepoch'))",
                params![key.certificate_id, self.client_id, role, key.certificate_pem, now],
            )?;
        }
        tx.execute(
            "INSERT INTO emu_tba_token(token_id, consumer_key, consumer_secret, token_secret, role) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                self.token_id.expose(),
                self.consumer_key.expose(),
                self.consumer_secret.expose(),
                self.token_secret.expose(),
                role
            ],
        )?;
        tx.execute(
            "INSERT INTO emu_oa_user(id, nickname, name, password, access_token, api_namespace, api_key)
             VALUES (1, ?1, 'Admin, Acme', ?2, ?3, ?4, ?5)",
            params![
                self.oa_user,
                self.oa_password.expose(),
                self.oa_access_token.expose(),
                self.oa_namespace,
                self.oa_api_key.expose()
            ],
        )?;
        // The token is issued now: its filter set holds the objects that exist now.
        tx.execute(
            "INSERT OR REPLACE INTO emu_oa_filter_cache(access_token, built_at) VALUES (?1, ?2)",
            params![self.oa_access_token.expose(), now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Writes the secrets into `dir` (each file 0600) and a config file with ready profiles; returns its path.
    pub fn write(&self, dir: &Path, target: &Target<'_>) -> Result<PathBuf> {
        use crate::fsutil::write_private;
        crate::fsutil::create_private_dir(dir)?;
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                .with_context(|| format!("restricting {}", dir.display()))?;
        }
        write_private(
            &dir.join("m2m-ec.pem"),
            self.ec.private_key_pem.expose().as_bytes(),
        )?;
        write_private(&dir.join("m2m-ec.crt"), self.ec.certificate_pem.as_bytes())?;
        if let Some(rsa) = &self.rsa {
            write_private(
                &dir.join("m2m-rsa.pem"),
                rsa.private_key_pem.expose().as_bytes(),
            )?;
            write_private(&dir.join("m2m-rsa.crt"), rsa.certificate_pem.as_bytes())?;
        }
        for (name, secret) in [
            ("tba-consumer-key", &self.consumer_key),
            ("tba-consumer-secret", &self.consumer_secret),
            ("tba-token-id", &self.token_id),
            ("tba-token-secret", &self.token_secret),
            ("openair-access-token", &self.oa_access_token),
            ("openair-password", &self.oa_password),
            ("openair-api-key", &self.oa_api_key),
        ] {
            write_private(&dir.join(name), secret.expose().as_bytes())?;
        }
        let config = self.config_toml(dir, target);
        let path = dir.join("config.toml");
        write_private(&path, config.as_bytes())?;
        // Metadata so a restarted `serve --state` can reuse these files (no secret in it).
        let ids = serde_json::json!({
            "client_id": self.client_id,
            "ec_certificate_id": self.ec.certificate_id,
            "rsa_certificate_id": self.rsa.as_ref().map(|r| r.certificate_id.clone()),
        });
        write_private(&dir.join("ids.json"), ids.to_string().as_bytes())?;
        Ok(path)
    }

    /// The profiles: `emulator` (M2M with EC/ES256, OpenAir token), `emulator-rsa` (M2M with RSA/PS256),
    /// `emulator-tba` (TBA, OpenAir company/user/password login).
    pub fn config_toml(&self, dir: &Path, target: &Target<'_>) -> String {
        let Target {
            base_url,
            account,
            company,
            environment,
            ..
        } = *target;
        let d = dir.display();
        let ns_url = base_url.join("netsuite/").expect("valid");
        let oa_url = base_url.join("openair/").expect("valid");
        let mut out = format!(
            "# Written by `oa-rt emulator serve`: profiles for the emulator at {base_url}\n\
             default_profile = \"emulator\"\n"
        );
        let m2m = |name: &str, cert: &str, key: &str| {
            format!(
                "\n[profiles.{name}.netsuite]\naccount = \"{account}\"\nrole = \"{role}\"\nbase_url = \"{ns_url}\"\n\
                 auth = {{ method = \"m2m\", client_id = \"{client}\", certificate_id = \"{cert}\", private_key_file = \"{d}/{key}\" }}\n\
                 \n[profiles.{name}.openair]\ncompany = \"{company}\"\nenvironment = \"{environment}\"\nbase_url = \"{oa_url}\"\n\
                 auth = {{ method = \"token\", access_token = {{ file = \"{d}/openair-access-token\" }} }}\n",
                role = target.role,
                client = self.client_id,
            )
        };
        out.push_str(&m2m("emulator", &self.ec.certificate_id, "m2m-ec.pem"));
        if let Some(rsa) = &self.rsa {
            out.push_str(&m2m("emulator-rsa", &rsa.certificate_id, "m2m-rsa.pem"));
        }
        out.push_str(&format!(
            "\n[profiles.emulator-tba.netsuite]\naccount = \"{account}\"\nrole = \"{role}\"\nbase_url = \"{ns_url}\"\n\
             [profiles.emulator-tba.netsuite.auth]\nmethod = \"tba\"\n\
             consumer_key = {{ file = \"{d}/tba-consumer-key\" }}\nconsumer_secret = {{ file = \"{d}/tba-consumer-secret\" }}\n\
             token_id = {{ file = \"{d}/tba-token-id\" }}\ntoken_secret = {{ file = \"{d}/tba-token-secret\" }}\n\
             \n[profiles.emulator-tba.openair]\ncompany = \"{company}\"\nenvironment = \"{environment}\"\nbase_url = \"{oa_url}\"\n\
             [profiles.emulator-tba.openair.auth]\nmethod = \"login\"\nuser = \"{user}\"\npassword = {{ file = \"{d}/openair-password\" }}\n\
             namespace = \"{ns}\"\nkey = {{ file = \"{d}/openair-api-key\" }}\n",
            role = target.role,
            user = self.oa_user,
            ns = self.oa_namespace,
        ));
        out
    }

    /// Reads back the credentials an earlier `serve --state` wrote, if they are all there and still registered.
    pub fn load(dir: &Path, conn: &Connection) -> Option<Credentials> {
        let ids: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("ids.json")).ok()?).ok()?;
        let read = |name: &str| -> Option<String> {
            crate::secret::read_private_file(&dir.join(name), name)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
        };
        let secret = |name: &str| read(name).map(|s| Secret::new(s.trim().to_string()));
        let registered = |cert: &str| -> bool {
            conn.query_row(
                "SELECT 1 FROM emu_m2m_certificate WHERE certificate_id = ?1 AND revoked = 'F'",
                params![cert],
                |_| Ok(()),
            )
            .optional()
            .ok()
            .flatten()
            .is_some()
        };
        let ec_id = ids.get("ec_certificate_id")?.as_str()?.to_string();
        if !registered(&ec_id) {
            return None;
        }
        let rsa = match ids.get("rsa_certificate_id").and_then(|v| v.as_str()) {
            Some(id) if registered(id) => Some(M2mKey {
                certificate_id: id.to_string(),
                private_key_pem: secret("m2m-rsa.pem")?,
                certificate_pem: read("m2m-rsa.crt")?,
            }),
            _ => None,
        };
        Some(Credentials {
            client_id: ids.get("client_id")?.as_str()?.to_string(),
            ec: M2mKey {
                certificate_id: ec_id,
                private_key_pem: secret("m2m-ec.pem")?,
                certificate_pem: read("m2m-ec.crt")?,
            },
            rsa,
            consumer_key: secret("tba-consumer-key")?,
            consumer_secret: secret("tba-consumer-secret")?,
            token_id: secret("tba-token-id")?,
            token_secret: secret("tba-token-secret")?,
            oa_user: "admin".into(),
            oa_password: secret("openair-password")?,
            oa_access_token: secret("openair-access-token")?,
            oa_namespace: "default".into(),
            oa_api_key: secret("openair-api-key")?,
        })
    }
}
