#!/usr/bin/env python3
# Agreement of `qdsl validate-data` and `qdsl compile --target sql` run in DuckDB, PostgreSQL and Spark SQL: each
# example's simulated data (`qdsl simulate --data`), clean and with faults injected by a seeded generator (bad codes, out of
# range and malformed numbers and dates, answers where the routing did not ask, blanked required answers, failed
# checks, wrong calculates, bad 0/1 flags, duplicate record ids, orphan and missing repeat rows), must give the same
# findings in every engine, compared on (level, record_id, iteration, variable, rule, severity, value): `file`,
# `line`, `message` and `cause` may differ (SQL knows no line numbers). Prints every difference; exit 1 on any.
#
#   python3 Tests/data-validation/sql-agreement.py --qdsl .build/debug/qdsl [--engines duckdb,postgres[,spark]]
#       [--start-postgres] [--pg "host=/tmp/sock port=5433"] [--examples a.qdsl,b.qdsl] [--datasets N]
#
# --start-postgres starts a throwaway server (initdb into a temporary folder, a socket folder of its own, stopped
# at exit; as root it runs as the user `postgres`). The DuckDB engine needs `pip install duckdb`, the Spark engine
# `pip install pyspark` (4.x) and Java 17: in-process, local[2], the file's statements run in order, each level
# loaded with the file's documented INSERT, then `findings` queried in the same session (the file's SETs are
# session settings), with two shuffle partitions and no adaptive execution (a few hundred rows). CI runs it in a
# step of its own (about 4 minutes on 2 cores, most of it Spark planning; docs/validate-data.md, "In a database").
# Each Spark comparison prints its seconds.
# An example whose SQL cannot be written (`--target sql` refuses a construct it cannot express) is listed and
# skipped.
import argparse, atexit, collections, csv, io, json, os, random, shutil, subprocess, sys, tempfile, time

KEY = ("level", "record_id", "iteration", "variable", "rule", "severity", "value")
TODAY = "2026-06-15"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def variable_columns(form):
    """Variable name -> data-file column (grid rows `g.row` -> `g_row`, calculates), from the form JSON."""
    out = {}

    def walk(items):
        for item in items:
            kind = item.get("kind") or item.get("type")
            for key in ("items",):
                if isinstance(item.get(key), list):
                    walk(item[key])
            for b in item.get("branches", []) or []:
                walk(b.get("items", []))
            if "rows" in item:
                for r in item["rows"]:
                    if "id" in r and "variable" in r:
                        out[r["id"]] = r["variable"]
            if "id" in item and isinstance(item.get("variable"), str):
                out[item["id"]] = item["variable"]

    walk(form.get("items", []))
    return out


MUTATIONS = ["", "abc", "99", "-5", "2023-02-30", "1.5", "0", "1", "2", "12345", "x" * 300, "2024-01-01",
             "12:30", "+7", "1e3", " 3"]


def inject(folder, stem, levels, rng, density):
    """Faults in place: random cells changed, a duplicate id, orphan and dropped repeat rows."""
    for i, (name, path) in enumerate(levels):
        header, rows = read_csv(path)
        if not rows:
            continue
        keys = 1 if i == 0 else sum(1 for h in header if h == "record_id" or h.endswith("_index")) or 1
        for row in rows:
            for c in range(keys, len(header)):
                if rng.random() < density:
                    choice = rng.random()
                    if choice < 0.5:
                        row[c] = rng.choice(MUTATIONS)
                    else:  # a value of the same column from another row: in range, maybe not asked here
                        row[c] = rng.choice(rows)[c]
        # A duplicate record id (or repeat key), next to the first: the files stay sorted by record_id, as
        # validate-data reads them (a row out of order is QD6011 there).
        if len(rows) > 2 and rng.random() < 0.8:
            k = rng.randrange(1, len(rows))
            rows.insert(k, list(rows[k - 1]))
        if i > 0:
            if rng.random() < 0.7:
                rows.append(["999999"] + rows[-1][1:])  # an orphan: no such record (last, so still sorted)
            if len(rows) > 1 and rng.random() < 0.7:
                del rows[rng.randrange(len(rows))]  # a missing iteration
        write_csv(path, header, rows)


def validator_findings(qdsl, survey, files, varmap):
    p = run([qdsl, "validate-data", survey, *files, "--format", "csv", "--today", TODAY])
    if p.returncode not in (0, 1):
        raise RuntimeError("validate-data: %s" % p.stderr.strip())
    return normalise(csv.DictReader(io.StringIO(p.stdout)), varmap)


def normalise(rows, varmap):
    out = collections.Counter()
    for r in rows:
        r = dict(r)
        r["variable"] = varmap.get(r["variable"], r["variable"])
        out[tuple(r.get(k) or "" for k in KEY)] += 1
    return out


def duckdb_findings(sql_path, tables, varmap):
    import duckdb

    con = duckdb.connect()
    text = open(sql_path, encoding="utf-8").read()
    con.execute(text)
    for table, path in tables:
        con.execute(
            'INSERT INTO "%s" BY NAME SELECT * FROM read_csv(?, header = true, all_varchar = true, '
            "quote = '\"', escape = '\"', delim = ',')" % table, [path])
    con.execute("UPDATE qdsl_today SET today = DATE '%s'" % TODAY)
    # Each level's typed view reads every row of its table (a cast the engine refuses would stop here).
    for table, _ in tables:
        rows = con.execute('SELECT count(*) FROM "%s"' % table).fetchone()[0]
        typed = con.execute('SELECT count(*) FROM (SELECT * FROM "%s__typed")' % table).fetchone()[0]
        if rows != typed:
            raise RuntimeError("%s__typed has %d rows, %s has %d" % (table, typed, table, rows))
    cur = con.execute("SELECT * FROM findings")
    names = [d[0] for d in cur.description]
    return normalise((dict(zip(names, ["" if v is None else str(v) for v in row])) for row in cur.fetchall()), varmap)


class Spark:
    """Spark SQL in-process (`pip install pyspark`, Java 17): local[2], a warehouse folder of its own. Most of a
    dataset's time is Spark analysing and planning the view (15-20 s for household-services, 1-8 s the others)."""

    def __init__(self):
        from pyspark.sql import SparkSession

        self.dir = tempfile.mkdtemp(prefix="qdsl-spark-")
        atexit.register(lambda: shutil.rmtree(self.dir, ignore_errors=True))
        # A few hundred rows: two shuffle partitions, and no adaptive re-planning after each of the plan's many
        # shuffles (which costs more than running them).
        self.spark = (SparkSession.builder.master("local[2]").config("spark.driver.memory", "3g")
                      .config("spark.sql.warehouse.dir", self.dir).config("spark.ui.enabled", "false")
                      .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "2")
                      .config("spark.sql.adaptive.enabled", "false").getOrCreate())
        self.spark.sparkContext.setLogLevel("ERROR")

    def findings(self, sql_path, tables, varmap):
        sql = self.spark.sql
        for t in [r.tableName for r in sql("SHOW TABLES").collect()]:
            sql("DROP TABLE IF EXISTS `%s`" % t)
        sql("DROP VIEW IF EXISTS findings")
        text = open(sql_path, encoding="utf-8").read()
        for statement in text.split(";\n")[:-1]:
            body = "\n".join(l for l in statement.splitlines() if not l.startswith("--")).strip()
            if body:
                sql(body)
        for table, path, columns in tables:
            df = self.spark.read.option("header", True).option("multiLine", True).option("escape", '"').csv(path)
            df.createOrReplaceTempView("csv_view")
            names = ", ".join("`%s`" % c for c in df.columns)
            sql("INSERT INTO `%s` (`_row`, %s) SELECT monotonically_increasing_id(), %s FROM csv_view" % (
                table, names, names))
        sql("INSERT OVERWRITE qdsl_today SELECT DATE '%s'" % TODAY)
        rows = sql("SELECT * FROM findings").collect()
        return normalise(({k: "" if v is None else str(v) for k, v in r.asDict().items()} for r in rows), varmap)


class Postgres:
    def __init__(self, conninfo, start):
        self.conninfo = conninfo
        self.n = 0
        if start:
            self.start()

    def start(self):
        root = os.geteuid() == 0
        bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
        if not os.path.exists(os.path.join(bindir, "initdb")):
            cands = sorted(d for d in os.listdir("/usr/lib/postgresql")) if os.path.isdir("/usr/lib/postgresql") else []
            bindir = "/usr/lib/postgresql/%s/bin" % cands[-1] if cands else ""
        self.dir = tempfile.mkdtemp(prefix="qdsl-pg-")
        os.chmod(self.dir, 0o777)
        data, sock = os.path.join(self.dir, "data"), os.path.join(self.dir, "sock")
        os.mkdir(sock)
        os.chmod(sock, 0o777)
        as_user = ["runuser", "-u", "postgres", "--"] if root else []
        p = run(as_user + [os.path.join(bindir, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"])
        if p.returncode:
            raise RuntimeError("initdb: " + p.stderr)
        port = str(5400 + os.getpid() % 500)
        p = run(as_user + [os.path.join(bindir, "pg_ctl"), "-D", data, "-l", os.path.join(self.dir, "log"), "-w",
                           "-o", "-k %s -p %s -c listen_addresses='' -c fsync=off" % (sock, port), "start"])
        if p.returncode:
            raise RuntimeError("pg_ctl start: " + p.stderr + open(os.path.join(self.dir, "log")).read())
        atexit.register(lambda: run(as_user + [os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "immediate", "stop"]))
        atexit.register(lambda: shutil.rmtree(self.dir, ignore_errors=True))
        self.conninfo = "host=%s port=%s user=postgres" % (sock, port)

    def psql(self, db, *args, stdin=None):
        p = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "%s dbname=%s" % (self.conninfo, db), *args], input=stdin)
        if p.returncode:
            raise RuntimeError("psql: " + p.stderr.strip()[:2000])
        return p.stdout

    def findings(self, sql_path, tables, varmap):
        self.n += 1
        db = "qdsl_agree_%d_%d" % (os.getpid(), self.n)
        self.psql("postgres", "-c", "CREATE DATABASE %s" % db)
        try:
            self.psql(db, "-f", sql_path)
            script = ""
            for table, path, columns in tables:
                script += "\\copy \"%s\" (%s) FROM '%s' CSV HEADER\n" % (
                    table, ", ".join('"%s"' % c for c in columns), path)
            script += "UPDATE qdsl_today SET today = DATE '%s';\n" % TODAY
            # Each level's typed view must read every row (ON_ERROR_STOP stops the script on a refused cast).
            script += "\\o /dev/null\n"
            for table, _, _ in tables:
                script += 'SELECT * FROM "%s__typed";\n' % table
            script += "\\o\n"
            script += "\\copy (SELECT * FROM findings) TO STDOUT CSV HEADER\n"
            out = self.psql(db, stdin=script)
            return normalise(csv.DictReader(io.StringIO(out)), varmap)
        finally:
            self.psql("postgres", "-c", "DROP DATABASE %s" % db)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qdsl", default=".build/debug/qdsl")
    ap.add_argument("--validator", default="", help="another qdsl binary for validate-data (default: --qdsl)")
    ap.add_argument("--engines", default="duckdb,postgres")
    ap.add_argument("--pg", default="")
    ap.add_argument("--start-postgres", action="store_true")
    ap.add_argument("--examples", default="")
    ap.add_argument("--datasets", type=int, default=4)
    ap.add_argument("--show", type=int, default=15, help="differences shown per comparison")
    ap.add_argument("--respondents", type=int, default=150)
    ap.add_argument("--main-only", action="store_true",
                    help="give validate-data and the engines the instrument's file only (a validate-data without repeats)")
    args = ap.parse_args()
    qdsl = os.path.abspath(args.qdsl)
    validator = os.path.abspath(args.validator or args.qdsl)
    engines = [e for e in args.engines.split(",") if e]
    pg = Postgres(args.pg, args.start_postgres) if "postgres" in engines else None
    spark = Spark() if "spark" in engines else None
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    examples = args.examples.split(",") if args.examples else sorted(
        os.path.join(root, "Examples", f) for f in os.listdir(os.path.join(root, "Examples")) if f.endswith(".qdsl"))
    work = tempfile.mkdtemp(prefix="qdsl-sql-agreement-")
    atexit.register(lambda: shutil.rmtree(work, ignore_errors=True))
    os.chmod(work, 0o755)
    failures, compared, skipped = 0, 0, []
    for survey in examples:
        stem = os.path.basename(survey)[: -len(".qdsl")]
        out = os.path.join(work, stem)
        sql = {}
        refused = None
        for dialect in ("duckdb", "postgres") + (("spark",) if spark else ()):
            p = run([qdsl, "compile", survey, "-o", os.path.join(out, dialect), "--target", "sql,form",
                     "--sql-dialect", dialect])
            if p.returncode:
                refused = p.stderr.strip().splitlines()[-1]
                break
            sql[dialect] = os.path.join(out, dialect, stem + ".sql")
        if refused:
            skipped.append("%s: %s" % (stem, refused))
            continue
        form = json.load(open(os.path.join(out, "duckdb", stem + ".form.json"), encoding="utf-8"))
        varmap = variable_columns(form)
        for k in range(args.datasets + 1):
            data = os.path.join(out, "data%d" % k)
            p = run([qdsl, "simulate", survey, "--respondents", str(args.respondents), "--seed", str(k + 1),
                     "--today", TODAY, "--data", data])
            if p.returncode:
                raise RuntimeError("simulate: " + p.stderr)
            files = sorted(f for f in os.listdir(data) if f.endswith(".csv"))
            levels = [(f, os.path.join(data, f)) for f in files]
            levels.sort(key=lambda x: (x[0] != stem + ".csv", x[0]))
            if args.main_only:
                levels = levels[:1]
            if k > 0:  # dataset 0 stays clean
                inject(data, stem, levels, random.Random(1000 + k), density=0.02 * k)
            os.chmod(data, 0o755)
            for _, path in levels:
                os.chmod(path, 0o644)
            tables = []
            for f, path in levels:
                level = f[len(stem) + 1: -len(".csv")]
                table = form["survey"] + ("__" + level if level else "")
                header, _ = read_csv(path)
                tables.append((table, path, header))
            results = {"validate-data": validator_findings(validator, survey, [p for _, p in levels], varmap)}
            seconds = {}
            if "duckdb" in engines:
                results["duckdb"] = duckdb_findings(sql["duckdb"], [(t, p) for t, p, _ in tables], varmap)
            if pg:
                results["postgres"] = pg.findings(sql["postgres"], tables, varmap)
            if spark:
                started = time.time()
                results["spark"] = spark.findings(sql["spark"], tables, varmap)
                seconds["spark"] = time.time() - started
            if k == 0 and not all(key[4] == "QD6008" for key in results["validate-data"]):
                print("FAIL %s clean data: validate-data finds errors in simulated data" % stem)
                failures += 1
            base = results["validate-data"]
            # The header and the file's syntax are the load statement's business in SQL.
            base = collections.Counter({k: n for k, n in base.items() if k[4] not in ("QD6001", "QD6002", "QD6013")})
            for engine, got in results.items():
                if engine == "validate-data":
                    continue
                compared += 1
                missing, extra = base - got, got - base
                label = "%s dataset %d (%s)" % (stem, k, "clean" if k == 0 else "faults %.0f%%" % (2 * k))
                if missing or extra:
                    failures += 1
                    print("FAIL %s: %s differs from validate-data (%d findings): %d missing, %d extra" % (
                        label, engine, sum(base.values()), sum(missing.values()), sum(extra.values())))
                    for key in list(missing)[:args.show]:
                        print("   only validate-data:", dict(zip(KEY, key)))
                    for key in list(extra)[:args.show]:
                        print("   only %s:" % engine, dict(zip(KEY, key)))
                else:
                    rules = collections.Counter(key[4] for key in base.elements())
                    took = " (%.1f s)" % seconds[engine] if engine in seconds else ""
                    print("ok   %s: %s agrees%s, %d findings %s" % (label, engine, took, sum(base.values()), dict(rules)))
    for s in skipped:
        print("skipped (the SQL target refuses it): " + s)
    print("%d comparisons, %d failures" % (compared, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
