#!/usr/bin/env python3
"""The peer row of scripts/bench: the reads `oa-rt status` makes, written with the PyPI `netsuite` package.

It does what a careful Python author would do with that package against the same served emulator: NetSuite's
SuiteQL, record API and the oa-rt companion RESTlet through `netsuite` (token-based authentication, the only one
the package supports), the OpenAir XML API with httpx (which `netsuite` already brings), independent reads at once
(asyncio.gather), in the dependency order `status` has (issue 13): the send scripts, then their deployments,
bundles and the role's id; then the other user event scripts on those record types; then their bundles and
deployment fields. It checks nothing: it only reads, so that its time compares with oa-rt's.

    bench-peer.py --config DIR/config.toml [--runs N]      # prints one JSON line per run: {"ms": …}

The package builds https://<account>.suitetalk.api.netsuite.com/… URLs; here they point at the emulator
(`netsuite.base_url` of the config's `emulator-tba` profile), the only change from talking to NetSuite.
"""

import argparse
import asyncio
import json
import sys
import time
import tomllib
from pathlib import Path

import httpx
from netsuite import Config, NetSuite, TokenAuth
from netsuite.rest_api import NetSuiteRestApi
from netsuite.restlet import NetSuiteRestlet

COMPANION = ("customscript_oa_rt_companion", "customdeploy_oa_rt_companion")
SEND_SCRIPTS = (
    "SELECT id, scriptid, name, apiversion FROM script WHERE scripttype = 'USEREVENT' AND "
    "(name LIKE 'OpenAir: Send Record to OpenAir%' OR name LIKE 'SuiteProjects Pro: Send Record to SuiteProjects Pro%')"
)
SETTINGS = "customrecord_oa_srp_integration_settings"


def secret(value):
    if isinstance(value, dict):
        return Path(value["file"]).read_text().strip()
    return value


def lit(s):
    return "'" + str(s).replace("'", "''") + "'"


class Peer:
    def __init__(self, config_path):
        cfg = tomllib.loads(Path(config_path).read_text())
        tba = cfg["profiles"]["emulator-tba"]["netsuite"]
        auth = tba["auth"]
        self.role = tba["role"]
        base = tba["base_url"].rstrip("/")
        config = Config(
            account=tba["account"],
            auth=TokenAuth(
                consumer_key=secret(auth["consumer_key"]),
                consumer_secret=secret(auth["consumer_secret"]),
                token_id=secret(auth["token_id"]),
                token_secret=secret(auth["token_secret"]),
            ),
        )
        ns = NetSuite(config)
        # The package's only fixed part is the host; the emulator serves both hosts under one base URL.
        rest, restlet = ns.rest_api, ns.restlet
        rest._make_url = lambda subpath: f"{base}/services/rest{subpath}"
        restlet._make_url = lambda subpath: f"{base}/app/site/hosting/restlet.nl{subpath}"
        self.rest: NetSuiteRestApi = rest
        self.restlet: NetSuiteRestlet = restlet
        oa = cfg["profiles"]["emulator"]["openair"]
        self.oa_url = oa["base_url"].rstrip("/") + "/api.pl"
        self.oa_token = secret(oa["auth"]["access_token"])

    async def q(self, query):
        out, offset = [], 0
        while True:
            page = await self.rest.suiteql(query, limit=1000, offset=offset)
            out.extend(page.get("items", []))
            if not page.get("hasMore"):
                return out
            offset += 1000

    async def companion(self, body):
        return await self.restlet.post(COMPANION[0], deploy=COMPANION[1], json=body)

    async def openair(self):
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><request API_version="1.0" client="peer" '
            f'client_ver="1"><Auth><Login><access_token>{self.oa_token}</access_token></Login></Auth><Whoami/>'
            '<Read type="RateLimit" method="all" limit="1"/></request>'
        )
        async with httpx.AsyncClient() as c:
            r = await c.post(self.oa_url, content=xml, headers={"Content-Type": "text/xml"})
            r.raise_for_status()
            return r.text

    async def role_permissions(self):
        roles = await self.q("SELECT id, name, isinactive FROM role ORDER BY name")
        role = next((r for r in roles if r.get("name", "").upper() == self.role.upper()), None)
        if role is None:
            return []
        return await self.q(f"SELECT permkey, permlevel FROM rolepermissions WHERE role = {lit(role['id'])}")

    async def certificate(self):
        got = await self.companion({"action": "certificate.get", "scriptId": "custcertificate_oa_realtime"})
        if got.get("exists"):
            await self.companion(
                {"action": "certificate.signProbe", "scriptId": "custcertificate_oa_realtime",
                 "message": "peer signing probe"}
            )
        return got

    async def settings(self):
        ids = await self.q(f"SELECT id FROM {SETTINGS} WHERE isinactive = 'F' ORDER BY id")
        if not ids:
            return None
        record, _schema = await asyncio.gather(
            self.rest.get(f"/record/v1/{SETTINGS}/{ids[0]['id']}"),
            self.rest.get(f"/record/v1/metadata-catalog/{SETTINGS}"),
        )
        return record

    async def scripts(self):
        scripts = await self.q(SEND_SCRIPTS)
        if not scripts:
            return
        ids = ", ".join(lit(s["id"]) for s in scripts)
        _bundles, deployments, _role = await asyncio.gather(
            self.companion({"action": "bundles.containingScripts", "scriptIds": [s["scriptid"] for s in scripts]}),
            self.q(
                "SELECT u.id, u.scriptid, u.script, u.recordtype, u.isdeployed, d.status, d.loglevel "
                "FROM usereventscriptdeployment u JOIN scriptdeployment d ON d.scriptid = u.scriptid "
                f"WHERE u.script IN ({ids}) ORDER BY u.id"
            ),
            self.q(f"SELECT id FROM role WHERE UPPER(name) = UPPER({lit(self.role)})"),
        )
        v2 = [s["id"] for s in scripts if str(s.get("apiversion", "")).startswith("2")]
        types = sorted({d["recordtype"] for d in deployments
                        if d.get("isdeployed") == "T" and d["script"] in v2 and d.get("recordtype")})
        others_query = None
        if types and v2:
            others_query = self.q(
                "SELECT u.recordtype, u.scriptid AS deployment, s.scriptid, s.name, s.beforesubmitfunction, "
                "s.aftersubmitfunction FROM usereventscriptdeployment u JOIN script s ON s.id = u.script "
                "WHERE s.scripttype = 'USEREVENT' AND u.isdeployed = 'T' AND s.isinactive = 'F' "
                f"AND u.recordtype IN ({', '.join(lit(t) for t in types)}) AND s.id <> {lit(v2[0])} "
                "ORDER BY u.recordtype, s.scriptid"
            )
        fields = self.companion({"action": "deployments.get", "scriptIds": [d["scriptid"] for d in deployments]})
        if others_query is None:
            await fields
            return
        _fields, others = await asyncio.gather(fields, others_query)
        if others:
            await asyncio.gather(
                self.companion({"action": "deployments.get", "scriptIds": [o["deployment"] for o in others]}),
                self.companion({"action": "bundles.containingScripts",
                                "scriptIds": sorted({o["scriptid"] for o in others})}),
            )

    async def status(self):
        await asyncio.gather(
            self.companion({"action": "bundles.list"}),
            self.role_permissions(),
            self.scripts(),
            self.settings(),
            self.certificate(),
            self.openair(),
        )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", required=True)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    for _ in range(args.runs):
        start = time.perf_counter()
        asyncio.run(Peer(args.config).status())
        print(json.dumps({"ms": round((time.perf_counter() - start) * 1000, 1)}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
