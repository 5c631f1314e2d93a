#!/usr/bin/env python3
"""Independent third-party client for NetSuite (REST / SuiteQL / RESTlet / OAuth)
and SuiteProjects Pro (OpenAir) XML API.

Written only from the vendors' public documentation (see README.md for the page
of each check), NOT from oa-rt's sources.  It is pointed at a server through a
config file in oa-rt's format, whose only role here is to supply base URLs and
credentials:

    python3 client.py --config DIR/config.toml

Prints one JSON line per check, {"check": ..., "ok": bool, "detail": ...}, and
exits 0 only if every check passed.

Base URL mapping (the only thing that differs from talking to the real
services): https://<acct>.suitetalk.api.netsuite.com and
https://<acct>.restlets.api.netsuite.com are replaced by netsuite.base_url;
https://<company>.app.[sandbox.]netsuitesuiteprojectspro.com by openair.base_url.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import tomllib
import traceback
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import jwt  # PyJWT
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from oauthlib import oauth1

TIMEOUT = 30
USER_AGENT = "oa-rt-thirdparty-fidelity-client/1.0"

SUITEQL_PATH = "services/rest/query/v1/suiteql"
TOKEN_PATH = "services/rest/auth/oauth2/v1/token"
RECORD_TYPE = "customrecord_oa_srp_integration_settings"
RECORD_ID = "1"
RESTLET_PATH = "app/site/hosting/restlet.nl"
RESTLET_SCRIPT = "customscript_oa_rt_companion"
RESTLET_DEPLOY = "customdeploy_oa_rt_companion"
# The script deployment table's internal ID column is `primarykey` (it has no
# `id` column; see README.md), and a NULL column is simply absent from an item.
KEY_COLUMN = "primarykey"
PAGING_QUERY = ("SELECT primarykey, scriptid, isdeployed, recordtype FROM scriptdeployment "
                "ORDER BY primarykey")
PAGE_LIMIT = 2

# Documented values (NetSuite help: "POST Request to the Token Endpoint and the
# Access Token Response", "The Request Token Structure").
GRANT_TYPE = "client_credentials"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
SCOPE = "restlets,rest_webservices"


# --------------------------------------------------------------------------
# Result bookkeeping
# --------------------------------------------------------------------------

class CheckFailed(Exception):
    """A check's expectation was not met; the argument is the detail."""


RESULTS: list[dict] = []


def emit(check: str, ok: bool, detail) -> None:
    line = {"check": check, "ok": bool(ok), "detail": detail}
    RESULTS.append(line)
    print(json.dumps(line, sort_keys=False, default=str), flush=True)


def run_check(name: str, fn, *args, **kwargs):
    """Run fn; it returns a detail (pass) or raises CheckFailed (fail)."""
    try:
        detail = fn(*args, **kwargs)
        emit(name, True, detail)
        return True
    except CheckFailed as e:
        emit(name, False, e.args[0] if len(e.args) == 1 else list(e.args))
    except Exception as e:  # transport errors, JSON/XML parse errors, bugs
        emit(name, False, {"exception": repr(e), "trace": traceback.format_exc(limit=3)})
    return False


def expect(cond: bool, detail) -> None:
    if not cond:
        raise CheckFailed(detail)


def short(resp: requests.Response, limit: int = 600) -> dict:
    """A compact description of a response, for failure details."""
    text = resp.text if resp.content else ""
    return {
        "status": resp.status_code,
        "content_type": resp.headers.get("Content-Type"),
        "body": text[:limit],
    }


# --------------------------------------------------------------------------
# Config
# --------------------------------------------------------------------------

class Config:
    def __init__(self, path: Path):
        self.path = path
        with path.open("rb") as f:
            self.raw = tomllib.load(f)
        self.profiles: dict = self.raw.get("profiles", {})

    def secret(self, value) -> str:
        """A secret given inline or as {file = "..."} (relative to the config)."""
        if isinstance(value, dict) and "file" in value:
            p = Path(value["file"])
            if not p.is_absolute():
                p = self.path.parent / p
            return p.read_text().rstrip("\r\n")
        if isinstance(value, str):
            return value
        raise ValueError(f"unsupported secret form: {value!r}")

    def file_path(self, value: str) -> Path:
        p = Path(value)
        return p if p.is_absolute() else self.path.parent / p

    def netsuite_profiles(self, method: str) -> list[tuple[str, dict]]:
        out = []
        for name, prof in self.profiles.items():
            ns = prof.get("netsuite")
            if ns and ns.get("auth", {}).get("method") == method:
                out.append((name, ns))
        return out

    def openair_profiles(self, method: str) -> list[tuple[str, dict]]:
        out = []
        for name, prof in self.profiles.items():
            oa = prof.get("openair")
            if oa and oa.get("auth", {}).get("method") == method:
                out.append((name, oa))
        return out


def join(base: str, path: str) -> str:
    return base.rstrip("/") + "/" + path.lstrip("/")


# --------------------------------------------------------------------------
# NetSuite authentication
# --------------------------------------------------------------------------

class BearerAuth:
    kind = "oauth2-m2m"

    def __init__(self, token: str):
        self.token = token

    def headers(self, method: str, url: str) -> dict:
        return {"Authorization": f"Bearer {self.token}"}


class TbaAuth:
    """OAuth 1.0a (NetSuite token-based authentication), HMAC-SHA256.

    The realm is the account ID exactly as configured (e.g. 1234567_SB1).  Only
    the URL (including its query parameters) and the OAuth parameters enter the
    signature base string; a JSON body does not (it is not form-encoded).
    """

    kind = "tba"

    def __init__(self, account: str, consumer_key: str, consumer_secret: str,
                 token_id: str, token_secret: str):
        self.account = account
        self.client = oauth1.Client(
            consumer_key,
            client_secret=consumer_secret,
            resource_owner_key=token_id,
            resource_owner_secret=token_secret,
            signature_method=oauth1.SIGNATURE_HMAC_SHA256,
            signature_type=oauth1.SIGNATURE_TYPE_AUTH_HEADER,
            realm=account,
        )

    def headers(self, method: str, url: str) -> dict:
        _, hdrs, _ = self.client.sign(url, http_method=method)
        return {"Authorization": hdrs["Authorization"]}


def load_private_key(path: Path):
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def jwt_alg_for(key) -> str:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {"secp256r1": "ES256", "secp384r1": "ES384", "secp521r1": "ES512"}[key.curve.name]
    if isinstance(key, rsa.RSAPrivateKey):
        return "PS256"
    raise ValueError(f"unsupported key type {type(key).__name__}")


def make_assertion(cfg: Config, ns: dict, token_url: str, *, iat: int | None = None,
                   exp: int | None = None) -> tuple[str, str]:
    auth = ns["auth"]
    key = load_private_key(cfg.file_path(auth["private_key_file"]))
    alg = jwt_alg_for(key)
    now = int(time.time())
    iat = now if iat is None else iat
    exp = iat + 1800 if exp is None else exp
    claims = {
        "iss": auth["client_id"],
        "scope": SCOPE,
        "aud": token_url,
        "iat": iat,
        "exp": exp,
    }
    headers = {"typ": "JWT", "alg": alg, "kid": auth["certificate_id"]}
    return jwt.encode(claims, key, algorithm=alg, headers=headers), alg


def post_token(token_url: str, assertion: str) -> requests.Response:
    return requests.post(
        token_url,
        data={
            "grant_type": GRANT_TYPE,
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": assertion,
        },
        headers={"User-Agent": USER_AGENT},
        timeout=TIMEOUT,
    )


def check_access_token_structure(profile: str, store: dict):
    """NetSuite: the access token is a JWT whose header has kid, typ=JWT,
    alg=RS256 and whose payload has sub, aud, scope, iss, exp, iat, jti.
    A client may decode it (without verifying) e.g. to learn its expiry."""
    tok = store.get(profile)
    expect(isinstance(tok, str), {"why": "no access token was obtained", "profile": profile})
    problems = []
    parts = tok.split(".")
    if len(parts) != 3:
        problems.append(f"{len(parts)} dot-separated parts, a JWS has 3")
    header = claims = None
    try:
        header = jwt.get_unverified_header(tok)
    except Exception as e:
        problems.append(f"header does not decode as a JWT header: {e}")
    try:
        claims = jwt.decode(tok, options={"verify_signature": False})
    except Exception as e:
        problems.append(f"payload does not decode as JWT claims: {e}")
    if isinstance(header, dict):
        for k, want in (("typ", "JWT"), ("alg", "RS256")):
            if header.get(k) != want:
                problems.append(f"header {k}={header.get(k)!r}, documented {want!r}")
        if "kid" not in header:
            problems.append("header has no kid")
    if isinstance(claims, dict):
        missing = [c for c in ("sub", "aud", "scope", "iss", "exp", "iat", "jti") if c not in claims]
        if missing:
            problems.append(f"payload lacks documented claims {missing}")
        if isinstance(claims.get("exp"), int) and isinstance(claims.get("iat"), int) \
                and claims["exp"] - claims["iat"] != 3600:
            problems.append(f"exp-iat = {claims['exp'] - claims['iat']}, token documented valid 60 minutes")
    expect(not problems, {"profile": profile, "problems": problems, "header": header,
                          "token_prefix": tok[:80]})
    return {"profile": profile, "header": header, "claims": sorted(claims)}


# --------------------------------------------------------------------------
# NetSuite checks
# --------------------------------------------------------------------------

def check_m2m_token(cfg: Config, profile: str, ns: dict, store: dict):
    token_url = join(ns["base_url"], TOKEN_PATH)
    assertion, alg = make_assertion(cfg, ns, token_url)
    r = post_token(token_url, assertion)
    expect(r.status_code == 200, {"profile": profile, "alg": alg, **short(r)})
    ctype = r.headers.get("Content-Type", "")
    expect("json" in ctype, {"profile": profile, "why": "token response is not JSON", **short(r)})
    body = r.json()
    problems = []
    for field in ("access_token", "token_type", "expires_in"):
        if field not in body:
            problems.append(f"missing {field}")
    tok = body.get("access_token")
    if not isinstance(tok, str) or not tok:
        problems.append("access_token is not a non-empty string")
    if str(body.get("token_type", "")).lower() != "bearer":
        problems.append(f"token_type is {body.get('token_type')!r}, documented as Bearer")
    exp_in = body.get("expires_in")
    try:
        if int(exp_in) != 3600:
            problems.append(f"expires_in is {exp_in!r}, documented as always 3600")
    except (TypeError, ValueError):
        problems.append(f"expires_in is {exp_in!r}, not a number")
    expect(not problems, {"profile": profile, "problems": problems, "body_keys": sorted(body)})
    store[profile] = tok
    return {
        "profile": profile,
        "alg": alg,
        "token_type": body["token_type"],
        "expires_in": exp_in,
        "expires_in_json_type": type(exp_in).__name__,
    }


def suiteql_post(base: str, auth, *, url: str | None = None, limit: int = PAGE_LIMIT,
                 offset: int = 0, q: str = PAGING_QUERY, prefer: bool = True,
                 with_auth: bool = True) -> requests.Response:
    if url is None:
        url = join(base, f"{SUITEQL_PATH}?limit={limit}&offset={offset}")
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    if prefer:
        headers["Prefer"] = "transient"
    if with_auth:
        headers.update(auth.headers("POST", url))
    return requests.post(url, data=json.dumps({"q": q}), headers=headers, timeout=TIMEOUT)


def check_item(item, index: int, problems: list) -> None:
    if not isinstance(item, dict):
        problems.append(f"item {index} is not an object")
        return
    for k, v in item.items():
        if k == "links":
            if not isinstance(v, list):
                problems.append(f"item {index}: links is not an array")
            continue
        if k != k.lower():
            problems.append(f"item {index}: key {k!r} is not lower-case")
        if not isinstance(v, str):
            problems.append(f"item {index}: {k}={v!r} is {type(v).__name__}, not a string")
    for col in (KEY_COLUMN, "scriptid", "isdeployed"):
        if col not in item:
            problems.append(f"item {index}: column {col} missing")
    if KEY_COLUMN in item and not str(item[KEY_COLUMN]).isdigit():
        problems.append(f"item {index}: {KEY_COLUMN} {item[KEY_COLUMN]!r} is not an integer string")
    if "isdeployed" in item and item["isdeployed"] not in ("T", "F"):
        problems.append(f"item {index}: isdeployed {item['isdeployed']!r} is not 'T'/'F'")


def query_of(href: str) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}


def check_suiteql_paging(base: str, auth, label: str, store: dict | None = None):
    url = join(base, f"{SUITEQL_PATH}?limit={PAGE_LIMIT}&offset=0")
    rows: list[dict] = []
    pages = []
    total = None
    expected_offset = 0
    while url is not None:
        expect(len(pages) < 200, {"why": "runaway paging", "pages": len(pages)})
        r = suiteql_post(base, auth, url=url)
        expect(r.status_code == 200, {"auth": label, "url": url, **short(r)})
        body = r.json()
        problems = []
        required = {"links": list, "count": int, "hasMore": bool, "items": list,
                    "offset": int, "totalResults": int}
        for key, typ in required.items():
            if key not in body:
                problems.append(f"missing {key}")
            elif not isinstance(body[key], typ) or (typ is int and isinstance(body[key], bool)):
                problems.append(f"{key} is {type(body[key]).__name__}, expected {typ.__name__}")
        expect(not problems, {"auth": label, "url": url, "problems": problems, "body": body})
        items = body["items"]
        if body["count"] != len(items):
            problems.append(f"count {body['count']} != len(items) {len(items)}")
        if len(items) > PAGE_LIMIT:
            problems.append(f"{len(items)} items on a page with limit={PAGE_LIMIT}")
        if body["offset"] != expected_offset:
            problems.append(f"offset {body['offset']} != requested {expected_offset}")
        if total is None:
            total = body["totalResults"]
        elif body["totalResults"] != total:
            problems.append(f"totalResults changed {total} -> {body['totalResults']}")
        more = body["offset"] + body["count"] < body["totalResults"]
        if body["hasMore"] != more:
            problems.append(f"hasMore {body['hasMore']} but offset+count={body['offset'] + body['count']}"
                            f" of totalResults={body['totalResults']}")
        rels = {}
        for link in body["links"]:
            if not isinstance(link, dict) or "rel" not in link or "href" not in link:
                problems.append(f"malformed link {link!r}")
                continue
            rels[link["rel"]] = link["href"]
        if "self" not in rels:
            problems.append("no 'self' link")
        else:
            sq = query_of(rels["self"])
            if not urlsplit(rels["self"]).path.endswith("/" + SUITEQL_PATH):
                problems.append(f"self link path {rels['self']!r}")
            if sq.get("limit") != str(PAGE_LIMIT) or sq.get("offset") != str(body["offset"]):
                problems.append(f"self link {rels['self']!r} does not carry limit/offset of this page")
        for i, item in enumerate(items):
            check_item(item, len(rows) + i, problems)
        next_url = None
        if body["hasMore"]:
            if "next" not in rels:
                problems.append("hasMore is true but there is no 'next' link")
            else:
                nq = query_of(rels["next"])
                if nq.get("offset") != str(body["offset"] + body["count"]):
                    problems.append(f"next link {rels['next']!r} offset != offset+count")
                if nq.get("limit") != str(PAGE_LIMIT):
                    problems.append(f"next link {rels['next']!r} limit != {PAGE_LIMIT}")
                if not rels["next"].startswith(base.rstrip("/") + "/"):
                    problems.append(f"next link {rels['next']!r} is not under the account's base URL {base!r}")
                next_url = rels["next"]
        elif "next" in rels:
            problems.append("hasMore is false but a 'next' link is present")
        expect(not problems, {"auth": label, "url": url, "problems": problems, "body": body})
        pages.append({"offset": body["offset"], "count": body["count"], "hasMore": body["hasMore"],
                      "rels": sorted(rels)})
        rows.extend(items)
        expected_offset = body["offset"] + body["count"]
        url = next_url
    ids = [int(r[KEY_COLUMN]) for r in rows]
    expect(len(rows) == total, {"why": "rows fetched != totalResults", "rows": len(rows), "total": total})
    expect(len(set(ids)) == len(ids), {"why": "duplicate ids across pages", "ids": ids})
    expect(ids == sorted(ids), {"why": "ORDER BY id not honoured", "ids": ids})
    if store is not None:
        store["rows"] = rows
    return {"auth": label, "totalResults": total, "pages": len(pages), "ids": ids,
            "page_rels": pages[0]["rels"] if pages else [],
            "first_item": rows[0] if rows else None}


def check_error_body(r: requests.Response, status: int, problems: list,
                     error_code: str | None = None) -> dict:
    """Documented REST web services error shape: type, title, status, o:errorDetails[]."""
    try:
        body = r.json()
    except ValueError:
        problems.append("error body is not JSON")
        return {}
    if not isinstance(body, dict):
        problems.append("error body is not an object")
        return {}
    for key in ("type", "title", "status", "o:errorDetails"):
        if key not in body:
            problems.append(f"error body lacks {key}")
    if "status" in body and body["status"] != status:
        problems.append(f"error body status {body['status']!r} != HTTP {status}")
    details = body.get("o:errorDetails")
    if not isinstance(details, list) or not details:
        problems.append("o:errorDetails is not a non-empty array")
    else:
        for d in details:
            if not isinstance(d, dict) or not isinstance(d.get("detail"), str) \
                    or not isinstance(d.get("o:errorCode"), str):
                problems.append(f"malformed o:errorDetails entry {d!r}")
        if error_code is not None and details and isinstance(details[0], dict) \
                and details[0].get("o:errorCode") != error_code:
            problems.append(f"o:errorCode {details[0].get('o:errorCode')!r}, documented example {error_code!r}")
    return body


def check_suiteql_no_prefer(base: str, auth):
    r = suiteql_post(base, auth, prefer=False)
    problems = []
    if r.status_code != 400:
        problems.append(f"HTTP {r.status_code}, expected 400")
    body = check_error_body(r, 400, problems)
    expect(not problems, {"problems": problems, **short(r)})
    d = body["o:errorDetails"][0]
    return {"status": r.status_code, "o:errorCode": d["o:errorCode"], "detail": d["detail"],
            "content_type": r.headers.get("Content-Type")}


def check_suiteql_unknown_column(base: str, auth):
    r = suiteql_post(base, auth, q="SELECT nosuchcolumn_thirdparty FROM scriptdeployment")
    problems = []
    if r.status_code != 400:
        problems.append(f"HTTP {r.status_code}, expected 400")
    body = check_error_body(r, 400, problems)
    expect(not problems, {"problems": problems, **short(r)})
    d = body["o:errorDetails"][0]
    return {"status": r.status_code, "o:errorCode": d["o:errorCode"], "detail": d["detail"]}


def check_suiteql_no_auth(base: str):
    r = suiteql_post(base, None, with_auth=False)
    problems = []
    if r.status_code != 401:
        problems.append(f"HTTP {r.status_code}, expected 401")
    body = check_error_body(r, 401, problems, error_code="INVALID_LOGIN")
    expect(not problems, {"problems": problems, **short(r)})
    d = body["o:errorDetails"][0]
    return {"status": r.status_code, "o:errorCode": d["o:errorCode"]}


def check_suiteql_bad_bearer(base: str):
    r = suiteql_post(base, BearerAuth("not-a-valid-token." + uuid.uuid4().hex))
    problems = []
    if r.status_code != 401:
        problems.append(f"HTTP {r.status_code}, expected 401")
    body = check_error_body(r, 401, problems, error_code="INVALID_LOGIN")
    expect(not problems, {"problems": problems, **short(r)})
    return {"status": r.status_code, "o:errorCode": body["o:errorDetails"][0]["o:errorCode"]}


def check_suiteql_first_page(base: str, auth, label: str, reference_rows: list | None):
    r = suiteql_post(base, auth, limit=PAGE_LIMIT, offset=0)
    expect(r.status_code == 200, {"auth": label, **short(r)})
    body = r.json()
    problems = []
    for key in ("links", "count", "hasMore", "items", "offset", "totalResults"):
        if key not in body:
            problems.append(f"missing {key}")
    for i, item in enumerate(body.get("items", [])):
        check_item(item, i, problems)
    if reference_rows is not None:
        strip = lambda it: {k: v for k, v in it.items() if k != "links"}  # noqa: E731
        got = [strip(i) for i in body.get("items", [])]
        want = [strip(i) for i in reference_rows[:PAGE_LIMIT]]
        if got != want:
            problems.append({"why": "rows differ from the OAuth 2.0 run", "got": got, "want": want})
    expect(not problems, {"auth": label, "problems": problems, "body": body})
    return {"auth": label, "count": body["count"], "totalResults": body["totalResults"],
            "ids": [i.get(KEY_COLUMN) for i in body["items"]]}


def record_url(base: str) -> str:
    return join(base, f"services/rest/record/v1/{RECORD_TYPE}/{RECORD_ID}")


def record_get(base: str, auth) -> requests.Response:
    url = record_url(base)
    headers = {"User-Agent": USER_AGENT}
    headers.update(auth.headers("GET", url))
    return requests.get(url, headers=headers, timeout=TIMEOUT)


def record_patch(base: str, auth, fields: dict) -> requests.Response:
    url = record_url(base)
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    headers.update(auth.headers("PATCH", url))
    return requests.patch(url, data=json.dumps(fields), headers=headers, timeout=TIMEOUT)


def pick_field(rec: dict) -> str | None:
    """A custom string body field (custrecord_*) we can change and restore."""
    custom = [k for k, v in rec.items() if k.startswith("custrecord") and isinstance(v, str)]
    return custom[0] if custom else None


def new_value_like(old: str) -> str:
    """A fresh value of the same form (e-mail, URL or text) as the old one."""
    tag = f"thirdparty-{uuid.uuid4().hex[:8]}"
    if "@" in old:
        return f"{tag}@example.com"
    if old.startswith(("http://", "https://")):
        return f"https://{tag}.example.com"
    return tag


def check_record_get_patch(base: str, auth):
    url = record_url(base)
    r = record_get(base, auth)
    expect(r.status_code == 200, {"step": "GET", **short(r)})
    ctype = r.headers.get("Content-Type", "")
    problems = []
    if not ctype.startswith("application/vnd.oracle.resource+json"):
        problems.append(f"GET Content-Type {ctype!r}, expected application/vnd.oracle.resource+json")
    rec = r.json()
    if str(rec.get("id")) != RECORD_ID:
        problems.append(f"id {rec.get('id')!r} != {RECORD_ID!r}")
    links = rec.get("links")
    selfs = [l.get("href") for l in links or [] if isinstance(l, dict) and l.get("rel") == "self"]
    if not selfs:
        problems.append("record has no links[rel=self]")
    elif selfs[0].split("?")[0] != url:
        problems.append(f"self link {selfs[0]!r} != {url!r}")
    expect(not problems, {"step": "GET", "problems": problems, "record": rec})

    field = pick_field(rec)
    expect(field is not None, {"why": "no string field to PATCH", "record": rec})
    original = rec[field]
    new_value = new_value_like(original)

    p = record_patch(base, auth, {field: new_value})
    problems = []
    if p.status_code != 204:
        problems.append(f"PATCH HTTP {p.status_code}, expected 204")
    loc = p.headers.get("Location")
    if not loc:
        problems.append("PATCH response has no Location header")
    elif loc != url:
        problems.append(f"Location {loc!r} != record URL {url!r}")
    if p.content:
        problems.append(f"PATCH response body is not empty: {p.text[:200]!r}")
    expect(not problems, {"step": "PATCH", "field": field, "problems": problems, **short(p)})

    g = record_get(base, auth)
    expect(g.status_code == 200, {"step": "GET after PATCH", **short(g)})
    after = g.json()
    expect(after.get(field) == new_value,
           {"step": "GET after PATCH", "field": field, "want": new_value, "got": after.get(field)})
    untouched = {k: (rec.get(k), after.get(k)) for k in rec
                 if k not in (field, "links", "lastModified", "lastmodified")
                 and rec.get(k) != after.get(k)}
    expect(not untouched, {"step": "GET after PATCH", "why": "omitted fields changed", "diff": untouched})

    # Put the original value back so the run leaves no trace.
    back = record_patch(base, auth, {field: original})
    expect(back.status_code == 204, {"step": "PATCH restore", **short(back)})
    g2 = record_get(base, auth)
    expect(g2.status_code == 200 and g2.json().get(field) == original,
           {"step": "GET after restore", **short(g2)})
    return {"content_type": ctype, "field": field, "patched_to": new_value, "restored": True,
            "location": loc}


def check_record_patch_standard_field(base: str, auth, field: str = "name"):
    """NetSuite: PATCH takes the same fields GET returns (the record's metadata
    schema is shared between reads and updates); only fields such as id are
    read-only.  `name` is the custom record's standard Name field."""
    r = record_get(base, auth)
    expect(r.status_code == 200, {"step": "GET", **short(r)})
    rec = r.json()
    expect(isinstance(rec.get(field), str), {"why": f"GET does not return a string {field!r}",
                                             "keys": sorted(rec)})
    original = rec[field]
    new_value = f"{original} (thirdparty {uuid.uuid4().hex[:6]})"
    p = record_patch(base, auth, {field: new_value})
    expect(p.status_code == 204, {"step": "PATCH", "field": field,
                                  "why": "a field returned by GET was refused by PATCH", **short(p)})
    g = record_get(base, auth)
    ok = g.status_code == 200 and g.json().get(field) == new_value
    back = record_patch(base, auth, {field: original})
    expect(ok, {"step": "GET after PATCH", "field": field, **short(g)})
    expect(back.status_code == 204, {"step": "PATCH restore", **short(back)})
    return {"field": field, "patched": True, "restored": True}


def restlet_url(base: str) -> str:
    return join(base, f"{RESTLET_PATH}?script={RESTLET_SCRIPT}&deploy={RESTLET_DEPLOY}")


def restlet_post(base: str, auth, payload: dict) -> requests.Response:
    url = restlet_url(base)
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    headers.update(auth.headers("POST", url))
    return requests.post(url, data=json.dumps(payload), headers=headers, timeout=TIMEOUT)


def check_restlet_bundles(base: str, auth, label: str):
    r = restlet_post(base, auth, {"action": "bundles.list"})
    expect(r.status_code == 200, {"auth": label, **short(r)})
    body = r.json()
    problems = []
    if body.get("ok") is not True:
        problems.append(f"ok is {body.get('ok')!r}")
    bundles = body.get("bundles")
    if not isinstance(bundles, list) or not bundles:
        problems.append("bundles is not a non-empty array")
    else:
        for b in bundles:
            if not isinstance(b, dict) or not all(k in b for k in ("id", "name", "version")):
                problems.append(f"bundle entry lacks id/name/version: {b!r}")
    expect(not problems, {"auth": label, "problems": problems, "body": body})
    return {"auth": label, "content_type": r.headers.get("Content-Type"),
            "bundles": [{k: b[k] for k in ("id", "name", "version")} for b in bundles]}


def check_tba_wrong_signature(base: str, good: TbaAuth, ns: dict, cfg: Config):
    a = ns["auth"]
    bad = TbaAuth(ns["account"], cfg.secret(a["consumer_key"]), cfg.secret(a["consumer_secret"]),
                  cfg.secret(a["token_id"]), "0" * 64)  # wrong token secret -> wrong signature
    out = {}
    problems = []
    r = suiteql_post(base, bad)
    if r.status_code != 401:
        problems.append(f"SuiteQL: HTTP {r.status_code}, expected 401")
    sub = []
    body = check_error_body(r, 401, sub, error_code="INVALID_LOGIN")
    problems += [f"SuiteQL: {p}" for p in sub]
    out["suiteql"] = {"status": r.status_code,
                      "o:errorCode": (body.get("o:errorDetails") or [{}])[0].get("o:errorCode")
                      if isinstance(body, dict) else None}
    r2 = restlet_post(base, bad, {"action": "bundles.list"})
    if r2.status_code != 401:
        problems.append(f"RESTlet: HTTP {r2.status_code}, expected 401")
    out["restlet"] = {"status": r2.status_code, "body": r2.text[:300]}
    # A tampered signature with otherwise correct credentials.
    url = join(base, f"{SUITEQL_PATH}?limit={PAGE_LIMIT}&offset=0")
    hdr = good.headers("POST", url)["Authorization"]
    tampered = hdr.replace('oauth_signature="', 'oauth_signature="AAAA', 1)
    r3 = requests.post(url, data=json.dumps({"q": PAGING_QUERY}),
                       headers={"Content-Type": "application/json", "Prefer": "transient",
                                "Authorization": tampered, "User-Agent": USER_AGENT},
                       timeout=TIMEOUT)
    if r3.status_code != 401:
        problems.append(f"tampered signature: HTTP {r3.status_code}, expected 401")
    out["tampered"] = {"status": r3.status_code}
    expect(not problems, {"problems": problems, **out, "suiteql_response": short(r)})
    return out


def check_tba_realm_matters(base: str, ns: dict, cfg: Config):
    """NetSuite: the realm is the account ID, case and underscore included."""
    a = ns["auth"]
    wrong = TbaAuth(ns["account"].replace("_", "-").lower(), cfg.secret(a["consumer_key"]),
                    cfg.secret(a["consumer_secret"]), cfg.secret(a["token_id"]),
                    cfg.secret(a["token_secret"]))
    r = suiteql_post(base, wrong)
    expect(r.status_code == 401, {"why": "a request whose realm is not the account ID was accepted",
                                  "realm": wrong.account, **short(r)})
    return {"realm": wrong.account, "status": r.status_code}


def check_m2m_expired(cfg: Config, ns: dict):
    token_url = join(ns["base_url"], TOKEN_PATH)
    now = int(time.time())
    assertion, alg = make_assertion(cfg, ns, token_url, iat=now - 7200, exp=now - 3600)
    r = post_token(token_url, assertion)
    problems = []
    if r.status_code != 400:
        problems.append(f"HTTP {r.status_code}, expected 400")
    try:
        body = r.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("error"), str):
        problems.append("body is not {\"error\": <string>}")
    expect(not problems, {"problems": problems, **short(r)})
    return {"status": r.status_code, "error": body["error"],
            "error_description": body.get("error_description")}


def check_m2m_too_long(cfg: Config, ns: dict):
    token_url = join(ns["base_url"], TOKEN_PATH)
    now = int(time.time())
    assertion, _ = make_assertion(cfg, ns, token_url, iat=now, exp=now + 7200)
    r = post_token(token_url, assertion)
    problems = []
    if r.status_code != 400:
        problems.append(f"HTTP {r.status_code}, expected 400 (exp more than 60 minutes after iat)")
    try:
        body = r.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("error"), str):
        problems.append("body is not {\"error\": <string>}")
    expect(not problems, {"problems": problems, **short(r)})
    return {"status": r.status_code, "error": body["error"]}


def check_m2m_rs256_refused(cfg: Config, ns: dict):
    """Documented algorithms are PS256/384/512 and ES256/384/512; RS256 is not one."""
    auth = ns["auth"]
    key = load_private_key(cfg.file_path(auth["private_key_file"]))
    expect(isinstance(key, rsa.RSAPrivateKey), {"why": "profile key is not RSA", "profile_key": type(key).__name__})
    token_url = join(ns["base_url"], TOKEN_PATH)
    now = int(time.time())
    assertion = jwt.encode({"iss": auth["client_id"], "scope": SCOPE, "aud": token_url,
                            "iat": now, "exp": now + 1800}, key, algorithm="RS256",
                           headers={"typ": "JWT", "kid": auth["certificate_id"]})
    r = post_token(token_url, assertion)
    expect(r.status_code == 400, {"why": "an RS256 assertion was not refused with 400", **short(r)})
    return {"status": r.status_code, "body": r.text[:200]}


def check_m2m_wrong_aud(cfg: Config, ns: dict):
    token_url = join(ns["base_url"], TOKEN_PATH)
    wrong_aud = token_url + "/extra"
    auth = ns["auth"]
    key = load_private_key(cfg.file_path(auth["private_key_file"]))
    alg = jwt_alg_for(key)
    now = int(time.time())
    assertion = jwt.encode({"iss": auth["client_id"], "scope": SCOPE, "aud": wrong_aud,
                            "iat": now, "exp": now + 1800}, key, algorithm=alg,
                           headers={"typ": "JWT", "kid": auth["certificate_id"]})
    r = post_token(token_url, assertion)
    expect(r.status_code in (400, 401), {"why": "assertion with a foreign aud accepted", **short(r)})
    return {"status": r.status_code, "body": r.text[:200]}


# --------------------------------------------------------------------------
# OpenAir (SuiteProjects Pro) XML API
# --------------------------------------------------------------------------

OA_CLIENT = "oa-rt thirdparty fidelity client"
OA_CLIENT_VER = "1.0"


def oa_envelope(cfg: Config, oa: dict, commands: str, *, password_override: str | None = None,
                version_attr: str = "API_version") -> str:
    auth = oa["auth"]
    # Oracle's sample writes API_version; older public clients (oaxmlapi) write API_ver.
    attrs = {version_attr: "1.0", "client": OA_CLIENT, "client_ver": OA_CLIENT_VER}
    if auth["method"] == "login":
        attrs["namespace"] = auth["namespace"]
        attrs["key"] = cfg.secret(auth["key"])
        password = cfg.secret(auth["password"]) if password_override is None else password_override
        login = (f"<company>{escape(oa['company'])}</company>"
                 f"<user>{escape(auth['user'])}</user>"
                 f"<password>{escape(password)}</password>")
    elif auth["method"] == "token":
        # The token profile carries only an access token (no namespace/key).
        for k in ("namespace", "key"):
            if k in auth:
                attrs[k] = cfg.secret(auth[k]) if k == "key" else auth[k]
        login = f"<access_token>{escape(cfg.secret(auth['access_token']))}</access_token>"
    else:
        raise ValueError(f"unknown OpenAir auth method {auth['method']!r}")
    attr_s = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<request {attr_s}><Auth><Login>{login}</Login></Auth>{commands}</request>")


def oa_call(oa: dict, body: str, method: str = "POST") -> tuple[requests.Response, ET.Element]:
    url = join(oa["base_url"], "api.pl")
    r = requests.request(method, url, data=body.encode("utf-8"),
                         headers={"Content-Type": "application/xml", "User-Agent": USER_AGENT},
                         timeout=TIMEOUT)
    expect(r.status_code == 200, {"url": url, "method": method, **short(r)})
    root = ET.fromstring(r.content)
    return r, root


OA_COMMANDS = '<Whoami/><Time/><Read type="RateLimit" method="all" limit="1"/>'


def check_openair(cfg: Config, name: str, oa: dict, method: str = "POST",
                  version_attr: str = "API_version"):
    body = oa_envelope(cfg, oa, OA_COMMANDS, version_attr=version_attr)
    r, root = oa_call(oa, body, method)
    problems = []
    if root.tag != "response":
        problems.append(f"root element is <{root.tag}>, expected <response>")
    tags = [c.tag for c in root]
    if tags != ["Auth", "Whoami", "Time", "Read"]:
        problems.append(f"response children {tags}, expected Auth, Whoami, Time, Read in order")
    for c in root:
        if c.get("status") != "0":
            problems.append(f"<{c.tag}> status={c.get('status')!r}")
    expect(not problems, {"profile": name, "problems": problems, "xml": r.text[:1500]})

    detail: dict = {"profile": name, "method": method, "envelope": version_attr,
                    "content_type": r.headers.get("Content-Type")}
    who = root.find("Whoami")
    user = who.find("User") if who is not None else None
    if user is None:
        problems.append("Whoami has no <User>")
    else:
        uid = (user.findtext("id") or "").strip()
        nick = (user.findtext("nickname") or "").strip()
        if not uid.isdigit():
            problems.append(f"User id {uid!r} is not an integer")
        if oa["auth"]["method"] == "login" and nick != oa["auth"]["user"]:
            problems.append(f"User nickname {nick!r} != login user {oa['auth']['user']!r}")
        detail["user"] = {"id": uid, "nickname": nick}

    tm = root.find("Time")
    date = tm.find("Date") if tm is not None else None
    if date is None:
        problems.append("Time has no <Date>")
    else:
        parts = {}
        for part, width in (("year", 4), ("month", 2), ("day", 2), ("hour", 2), ("minute", 2), ("second", 2)):
            v = (date.findtext(part) or "").strip()
            if not (v.isdigit() and len(v) == width):
                problems.append(f"Date {part} {v!r} is not a {width}-digit number")
            parts[part] = v
        try:
            server = dt.datetime(*(int(parts[p]) for p in ("year", "month", "day", "hour", "minute", "second")))
            utc_now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            skew = abs((server - utc_now).total_seconds())
            # Server time is in the account's time zone, so allow a day either way.
            if skew > 26 * 3600:
                problems.append(f"server time {server} is {skew:.0f}s from UTC now")
            detail["time"] = server.isoformat()
        except (ValueError, KeyError):
            problems.append(f"Date parts {parts} do not form a date")

    rd = root.find("Read")
    rl = rd.find("RateLimit") if rd is not None else None
    remain = rl.findtext("remain_24h_error") if rl is not None else None
    if remain is None or not remain.strip().isdigit():
        problems.append(f"RateLimit remain_24h_error {remain!r} is not a non-negative integer")
    else:
        detail["remain_24h_error"] = int(remain)
    expect(not problems, {"profile": name, "problems": problems, "xml": r.text[:1500]})
    return detail


def check_openair_bad_access_token(cfg: Config, name: str, oa: dict):
    bad = dict(oa)
    bad["auth"] = dict(oa["auth"], access_token="invalid-" + uuid.uuid4().hex)
    r, root = oa_call(oa, oa_envelope(cfg, bad, "<Whoami/>"))
    auth = root.find("Auth")
    who = root.find("Whoami")
    problems = []
    if auth is None or auth.get("status") in (None, "0"):
        problems.append(f"Auth status {None if auth is None else auth.get('status')!r}, expected an error code")
    if who is not None and who.get("status") == "0":
        problems.append("Whoami succeeded although Auth failed")
    expect(not problems, {"profile": name, "problems": problems, "xml": r.text[:800]})
    return {"profile": name, "auth_status": auth.get("status"),
            "whoami_status": None if who is None else who.get("status")}


def check_openair_bad_password(cfg: Config, name: str, oa: dict):
    body = oa_envelope(cfg, oa, "<Whoami/>", password_override="wrong-" + uuid.uuid4().hex[:8])
    r, root = oa_call(oa, body)
    auth = root.find("Auth")
    who = root.find("Whoami")
    problems = []
    if auth is None or auth.get("status") != "401":
        problems.append(f"Auth status {None if auth is None else auth.get('status')!r}, expected '401'")
    if who is not None and who.get("status") == "0":
        problems.append("Whoami succeeded although Auth failed")
    expect(not problems, {"profile": name, "problems": problems, "xml": r.text[:800]})
    return {"profile": name, "auth_status": auth.get("status"),
            "whoami_status": None if who is None else who.get("status")}


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", required=True, type=Path, help="oa-rt config.toml with the profiles")
    args = ap.parse_args(argv)
    cfg = Config(args.config)

    m2m = cfg.netsuite_profiles("m2m")
    tba = cfg.netsuite_profiles("tba")
    if not m2m:
        emit("config", False, "no NetSuite profile with auth.method = m2m")
    if not tba:
        emit("config", False, "no NetSuite profile with auth.method = tba")

    # --- OAuth 2.0 client credentials (M2M) ------------------------------
    tokens: dict[str, str] = {}
    for name, ns in m2m:
        run_check(f"m2m_token[{name}]", check_m2m_token, cfg, name, ns, tokens)
    if m2m and m2m[0][0] in tokens:
        run_check(f"m2m_access_token_structure[{m2m[0][0]}]", check_access_token_structure,
                  m2m[0][0], tokens)

    paging: dict = {}
    if m2m and m2m[0][0] in tokens:
        name, ns = m2m[0]
        base = ns["base_url"]
        bearer = BearerAuth(tokens[name])
        run_check("suiteql_paging[m2m]", check_suiteql_paging, base, bearer, f"m2m:{name}", paging)
        for other, ons in m2m[1:]:
            if other in tokens:
                run_check(f"suiteql_first_page[{other}]", check_suiteql_first_page, ons["base_url"],
                          BearerAuth(tokens[other]), f"m2m:{other}", paging.get("rows"))
        run_check("suiteql_refused_without_prefer", check_suiteql_no_prefer, base, bearer)
        run_check("suiteql_refused_unknown_column", check_suiteql_unknown_column, base, bearer)
        run_check("suiteql_refused_without_auth", check_suiteql_no_auth, base)
        run_check("suiteql_refused_bad_bearer", check_suiteql_bad_bearer, base)
        run_check("record_get_patch", check_record_get_patch, base, bearer)
        run_check("record_patch_standard_field", check_record_patch_standard_field, base, bearer)
        run_check("restlet_bundles[m2m]", check_restlet_bundles, base, bearer, f"m2m:{name}")
    rsa_profiles = [(n, p) for n, p in m2m
                    if isinstance(load_private_key(cfg.file_path(p["auth"]["private_key_file"])),
                                  rsa.RSAPrivateKey)]
    if rsa_profiles:
        run_check(f"m2m_assertion_rs256_refused[{rsa_profiles[0][0]}]", check_m2m_rs256_refused,
                  cfg, rsa_profiles[0][1])
    if m2m:
        name, ns = m2m[0]
        run_check("m2m_expired_assertion", check_m2m_expired, cfg, ns)
        run_check("m2m_assertion_lifetime_over_60min", check_m2m_too_long, cfg, ns)
        run_check("m2m_assertion_wrong_aud", check_m2m_wrong_aud, cfg, ns)

    # --- Token-based authentication (OAuth 1.0a) -------------------------
    if tba:
        name, ns = tba[0]
        a = ns["auth"]
        tauth = TbaAuth(ns["account"], cfg.secret(a["consumer_key"]), cfg.secret(a["consumer_secret"]),
                        cfg.secret(a["token_id"]), cfg.secret(a["token_secret"]))
        run_check("tba_suiteql", check_suiteql_first_page, ns["base_url"], tauth, f"tba:{name}",
                  paging.get("rows"))
        run_check("tba_suiteql_paging", check_suiteql_paging, ns["base_url"], tauth, f"tba:{name}")
        run_check("tba_restlet_bundles", check_restlet_bundles, ns["base_url"], tauth, f"tba:{name}")
        run_check("tba_wrong_signature", check_tba_wrong_signature, ns["base_url"], tauth, ns, cfg)
        run_check("tba_wrong_realm", check_tba_realm_matters, ns["base_url"], ns, cfg)

    # --- OpenAir XML API --------------------------------------------------
    oa_token = cfg.openair_profiles("token")
    oa_login = cfg.openair_profiles("login")
    if oa_token:
        name, oa = oa_token[0]
        run_check(f"openair_xml[{name}:token]", check_openair, cfg, name, oa)
        run_check(f"openair_bad_access_token[{name}]", check_openair_bad_access_token, cfg, name, oa)
        run_check(f"openair_xml_api_ver[{name}:token]", check_openair, cfg, name, oa, "POST", "API_ver")
    if oa_login:
        name, oa = oa_login[0]
        run_check(f"openair_xml[{name}:login]", check_openair, cfg, name, oa)
        run_check(f"openair_xml_put[{name}:login]", check_openair, cfg, name, oa, "PUT")
        run_check(f"openair_bad_password[{name}]", check_openair_bad_password, cfg, name, oa)
    if not oa_token and not oa_login:
        emit("config", False, "no OpenAir profile")

    failed = [r["check"] for r in RESULTS if not r["ok"]]
    # The summary goes to stderr so that stdout holds exactly one line per check.
    print(f"{len(RESULTS) - len(failed)}/{len(RESULTS)} checks passed"
          + (f"; failed: {', '.join(failed)}" if failed else ""), file=sys.stderr, flush=True)
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
