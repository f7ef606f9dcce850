"""Byte-for-byte check that wpsite.py --server asyncio answers as --server threading does (Date header aside):
200s, the query string ignored, 404, 304 on a matching If-None-Match, keep-alive and Connection: close.

    .venv/bin/python bench/wpsite_compare.py   # prints ALL SAME or DIFF
"""
import re, socket, subprocess, sys, time
def start(kind):
    p = subprocess.Popen([".venv/bin/python", "bench/wpsite.py", "--articles", "30", "--server", kind, "--port", "18917"], stdout=subprocess.PIPE, text=True)
    return p, p.stdout.readline().strip()
def fetch_all(root, reqs):
    host, port = root.rsplit(":", 1)[0][7:], int(root.rsplit(":", 1)[1])
    s = socket.create_connection((host, port)); out = []
    for r in reqs:
        s.sendall(r.encode()); time.sleep(0.05)
        data = b""
        s.settimeout(0.5)
        try:
            while True:
                c = s.recv(1 << 20)
                if not c: break
                data += c
        except socket.timeout: pass
        out.append(re.sub(rb"Date: [^\r]*", b"Date: X", data).replace(root.encode(), b"ROOT"))
    return out
import urllib.request
def run(kind):
    proc, root = start(kind)
    sm = urllib.request.urlopen(root + "/dayaknews/wp-sitemap-posts-post-1.xml").read().decode()
    art = "/" + re.findall(r"<loc>([^<]+)</loc>", sm)[0].split(":", 2)[2].split("/", 1)[1]
    etag = urllib.request.urlopen(root + art).headers["ETag"]
    paths = ["/robots.txt", "/dayaknews/wp-sitemap.xml", "/dayaknews/feed/", "/dayaknews/category/daerah/page/2/", art, art + "?x=1", "/nope"]
    reqs = [f"GET {p} HTTP/1.1\r\nHost: h\r\nUser-Agent: t\r\n\r\n" for p in paths]
    reqs += [f"GET {art} HTTP/1.1\r\nHost: h\r\nIf-None-Match: {etag}\r\n\r\n", f"GET {art} HTTP/1.1\r\nHost: h\r\nIf-None-Match: \"zz\"\r\n\r\n", f"GET /robots.txt HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"]
    out = fetch_all(root, reqs); proc.kill(); proc.wait(); return reqs, out
reqs, x = run("threading"); _, y = run("asyncio")
ok = True
for r, u, v in zip(reqs, x, y):
    same = u == v; ok &= same
    print(same, r.split("\r\n")[0][:60], r.split("\r\n")[2][:40], len(u), u[:30])
print("ALL SAME" if ok else "DIFF")
