"""Server CPU per request of bench/wpsite.py: 16 keep-alive connections x 400 article GETs, the server's
utime+stime from /proc before/after.

    .venv/bin/python bench/wpsite_cpu.py threading asyncio threading asyncio
"""
import os, re, socket, subprocess, sys, threading, time, urllib.request
def cpu(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
def measure(kind, n_conn=16, per_conn=400):
    p = subprocess.Popen([".venv/bin/python", "bench/wpsite.py", "--articles", "1000", "--server", kind], stdout=subprocess.PIPE, text=True)
    root = p.stdout.readline().strip(); port = int(root.rsplit(":", 1)[1])
    sm = urllib.request.urlopen(root + "/dayaknews/wp-sitemap-posts-post-1.xml").read().decode()
    paths = ["/" + u.split(":", 2)[2].split("/", 1)[1] for u in re.findall(r"<loc>([^<]+)</loc>", sm)]
    def client(k):
        s = socket.create_connection(("127.0.0.1", port)); f = s.makefile("rb")
        for i in range(per_conn):
            s.sendall(f"GET {paths[(k * per_conn + i) % len(paths)]} HTTP/1.1\r\nHost: h\r\n\r\n".encode())
            length = 0
            while (line := f.readline()) != b"\r\n":
                if line.lower().startswith(b"content-length:"): length = int(line.split(b":")[1])
            f.read(length)
        s.close()
    before = cpu(p.pid); t = time.time()
    ts = [threading.Thread(target=client, args=(k,)) for k in range(n_conn)]
    [x.start() for x in ts]; [x.join() for x in ts]
    used = cpu(p.pid) - before; n = n_conn * per_conn
    p.kill(); p.wait()
    print(f"{kind}: {n} requests, server CPU {used:.2f} s = {used / n * 1e6:.0f} us/request, wall {time.time() - t:.2f} s")
for kind in sys.argv[1:]: measure(kind)
