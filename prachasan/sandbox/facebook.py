"""A Facebook Graph API emulator for pages: feed posts, photos, the page's feed.

Answers like Graph does, for what the Facebook adapter uses:

- ``POST /{version}/{page_id}/feed`` (``message``, ``link``, ``attached_media[n]``,
  ``published``) → ``{"id": "{page_id}_{n}"}``;
- ``POST /{version}/{page_id}/photos`` (``url``, ``caption``, ``published``) →
  ``{"id": photo_id, "post_id": "{page_id}_{n}"}`` (only ``id`` when unpublished, to be
  attached to a feed post);
- ``GET /{version}/{page_id}/feed`` (``fields``, ``since``, ``limit``) → the posts,
  newest first; ``GET /{version}/{id}`` → the page, a post or a photo.

The access token (``access_token`` parameter or ``Authorization: Bearer``) is checked
like Facebook does: none → #104; starting "expired" or "invalid" → HTTP 400 with
OAuthException #190 (subcodes 463 and 467); starting "noperm" → HTTP 403 with #200
(the token lacks pages_manage_posts). Errors have Graph's shape:
``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from datetime import UTC, datetime

from werkzeug.wrappers import Request, Response

from .server import Emulator, json_response

VERSION = re.compile(r"^v\d+\.\d+$")
FEED_FIELDS = ("id", "message", "link", "created_time", "full_picture", "attached_media")
DEFAULT_FIELDS = "id,message,created_time"


def graph_error(
    status: int, code: int, message: str, *, kind: str = "OAuthException", subcode=None
) -> Response:
    error = {"message": message, "type": kind, "code": code, "fbtrace_id": secrets.token_hex(8)}
    if subcode is not None:
        error["error_subcode"] = subcode
    return json_response({"error": error}, status=status)


def _created_time(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S+0000")


class FacebookEmulator(Emulator):
    service = "facebook"

    def __init__(self, sandbox):
        super().__init__(sandbox)
        self._lock = threading.Lock()
        self._next = 0
        # page id -> posts, oldest first
        self.posts: dict[str, list[dict]] = {}
        # photo id -> photo
        self.photos: dict[str, dict] = {}

    # -- requests -------------------------------------------------------------------

    def handle(self, request: Request, path: str) -> Response:
        parts = [part for part in path.split("/") if part]
        if not parts or not VERSION.match(parts[0]):
            return graph_error(400, 2500, "Unknown path components: " + path)
        params = self._params(request)
        token = params.pop("access_token", "") or self._bearer(request)
        refused = self._token_check(token)
        if refused is not None:
            return refused
        rest = parts[1:]
        if len(rest) == 2 and rest[1] == "feed":
            if request.method == "POST":
                return self.feed_post(page_id=rest[0], params=params)
            return self.feed_list(page_id=rest[0], params=params)
        if len(rest) == 2 and rest[1] == "photos" and request.method == "POST":
            return self.photo_post(page_id=rest[0], params=params, request=request)
        if len(rest) == 1 and request.method == "GET":
            return self.object_get(object_id=rest[0])
        return graph_error(
            400, 100, f"(#100) Unsupported {request.method} request.", kind="GraphMethodException"
        )

    def _params(self, request: Request) -> dict:
        params = request.args.to_dict(flat=True)
        params.update(request.form.to_dict(flat=True))
        if request.is_json:
            body = request.get_json(silent=True)
            if isinstance(body, dict):
                params.update(body)
        return params

    def _bearer(self, request: Request) -> str:
        header = request.headers.get("Authorization", "")
        for scheme in ("Bearer ", "OAuth "):
            if header.startswith(scheme):
                return header[len(scheme) :].strip()
        return ""

    def _token_check(self, token: str) -> Response | None:
        if not token:
            return graph_error(400, 104, "An access token is required to request this resource.")
        if token.startswith("expired"):
            return graph_error(
                400,
                190,
                "Error validating access token: Session has expired.",
                subcode=463,
            )
        if token.startswith("invalid"):
            return graph_error(400, 190, "Invalid OAuth access token.", subcode=467)
        if token.startswith("noperm"):
            return graph_error(
                403,
                200,
                "(#200) The permission(s) pages_manage_posts are not available.",
            )
        return None

    # -- the page -------------------------------------------------------------------

    def _id(self) -> int:
        with self._lock:
            self._next += 1
            return self._next

    def _post_add(self, page_id: str, post: dict) -> dict:
        post = {
            "id": f"{page_id}_{self._id()}",
            "created_time": _created_time(datetime.now(UTC)),
            "created_at": datetime.now(UTC).timestamp(),
            **post,
        }
        with self._lock:
            self.posts.setdefault(page_id, []).append(post)
        return post

    def feed_post(self, *, page_id: str, params: dict) -> Response:
        message = str(params.get("message") or "")
        link = str(params.get("link") or "")
        media = self._attached_media(params)
        if media is None:
            return graph_error(400, 100, "(#100) attached_media is not a list of media_fbid.")
        if not message and not link and not media:
            return graph_error(
                400, 100, "(#100) Missing message or attachment", kind="OAuthException"
            )
        if link and not re.match(r"^https?://\S+$", link):
            return graph_error(400, 100, "(#100) The link URL is not properly formatted.")
        photos = []
        for fbid in media:
            photo = self.photos.get(fbid)
            if photo is None or photo["page_id"] != page_id or photo["published"]:
                return graph_error(400, 100, f"(#100) Invalid media_fbid {fbid}.")
            photos.append(photo)
        published = str(params.get("published", "true")).lower() != "false"
        post = {"message": message, "published": published}
        if link:
            post["link"] = link
        if photos:
            post["attached_media"] = [photo["id"] for photo in photos]
            post["full_picture"] = photos[0]["url"]
        post = self._post_add(page_id, post)
        return json_response({"id": post["id"]})

    def _attached_media(self, params: dict) -> list[str] | None:
        """``attached_media[0]={"media_fbid": "…"}`` (form) or a JSON list."""
        raw = params.get("attached_media")
        items = []
        if raw:
            try:
                items = json.loads(raw) if isinstance(raw, str) else raw
            except ValueError:
                return None
        else:
            indexed = sorted(
                (int(match.group(1)), value)
                for key, value in params.items()
                if (match := re.match(r"^attached_media\[(\d+)\]$", key))
            )
            for _index, value in indexed:
                try:
                    items.append(json.loads(value) if isinstance(value, str) else value)
                except ValueError:
                    return None
        if not isinstance(items, list):
            return None
        ids = []
        for item in items:
            if not isinstance(item, dict) or not item.get("media_fbid"):
                return None
            ids.append(str(item["media_fbid"]))
        return ids

    def photo_post(self, *, page_id: str, params: dict, request: Request) -> Response:
        url = str(params.get("url") or "")
        if not url and "source" not in request.files:
            return graph_error(400, 324, "(#324) Requires upload file", kind="OAuthException")
        if url and not re.match(r"^https?://\S+$", url):
            return graph_error(400, 100, "(#100) url should represent a valid URL")
        caption = str(params.get("caption") or params.get("message") or "")
        published = str(params.get("published", "true")).lower() != "false"
        photo_id = str(10**15 + self._id())
        photo = {
            "id": photo_id,
            "page_id": page_id,
            "url": url or f"upload:{request.files['source'].filename}",
            "caption": caption,
            "published": published,
        }
        with self._lock:
            self.photos[photo_id] = photo
        if not published:
            return json_response({"id": photo_id})
        post = self._post_add(
            page_id,
            {
                "message": caption,
                "published": True,
                "attached_media": [photo_id],
                "full_picture": photo["url"],
            },
        )
        photo["post_id"] = post["id"]
        return json_response({"id": photo_id, "post_id": post["id"]})

    def feed_list(self, *, page_id: str, params: dict) -> Response:
        fields = [
            name.strip()
            for name in str(params.get("fields") or DEFAULT_FIELDS).split(",")
            if name.strip() in FEED_FIELDS
        ]
        try:
            since = float(params["since"]) if params.get("since") else None
            limit = min(int(params.get("limit") or 25), 100)
        except ValueError:
            return graph_error(400, 100, "(#100) since and limit must be numbers.")
        with self._lock:
            posts = [
                post
                for post in reversed(self.posts.get(page_id, []))
                if post["published"] and (since is None or post["created_at"] >= since)
            ]
        data = [
            {name: post[name] for name in fields if name in post and post[name] != ""}
            for post in posts[:limit]
        ]
        return json_response({"data": data, "paging": {}})

    def object_get(self, *, object_id: str) -> Response:
        if object_id in self.photos:
            return json_response(
                {k: v for k, v in self.photos[object_id].items() if k != "page_id"}
            )
        if "_" in object_id:
            page_id = object_id.split("_", 1)[0]
            for post in self.posts.get(page_id, []):
                if post["id"] == object_id:
                    return json_response({k: v for k, v in post.items() if k in FEED_FIELDS})
            return graph_error(
                400,
                100,
                f"Unsupported get request. Object with ID '{object_id}' does not exist.",
                kind="GraphMethodException",
                subcode=33,
            )
        return json_response({"id": object_id, "name": f"Sandbox page {object_id}"})
