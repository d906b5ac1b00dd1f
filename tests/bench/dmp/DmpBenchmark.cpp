// CR-BIO documents per second published to the in-process DMP simulator over mutual TLS 1.2,
// with 1 and 4 concurrent senders. One benchmark iteration is one round of three phases, each
// from an empty simulator registry, so that the three store the same documents under the same
// machine load (the shared machine drifts more between benchmarks than within a round):
//   sgl        our DmpClient + SignedDmpSecurity, one client per sender thread: metadata, VIHF and
//              XAdES signed (RSA test PKI), ITI-41 MTOM, libcurl POST, answer parsed; the
//              simulator verifies both signatures, validates and stores;
//   curl       the SAME bytes (the requests of the sgl phase, recorded by the simulator) posted by
//              the curl command line, same client certificate and TLS settings: one process for
//              the batch, `--parallel --parallel-max 4` for 4 senders;
//   transport  the same bytes posted by DmpHttp::post alone (our libcurl transport, one handle
//              per call) from 1 or 4 threads: our client without building nor signing.
// Counters: docs/s of each phase and the ratios; per document, sign_ms (VIHF + XAdES, split in
// vihf_ms/xades_ms), sim_ms (time in the simulator's handler, server thread), body_kB. Run by
// hand, Release build (docs/build.md):
//   SGL_BENCH_DMP_DOCS=50 build-rel/tests/bench/dmp/bench_dmp --benchmark_repetitions=5
#include "BenchDmpSimulator.h"
#include "CdaTestFixtures.h"
#include "TimedDmpSecurity.h"

#include "interop/cda/CdaN3Writer.h"
#include "interop/dmp/DmpClient.h"
#include "interop/dmp/DmpHttp.h"
#include "interop/dmp/SignedDmpSecurity.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <expected>
#include <chrono>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace sgl;
using simulators::pki::RsaTestPki;

namespace {

const QString kValueSets = QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/jeuxDeValeurs");

int docsPerSender()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SGL_BENCH_DMP_DOCS", &ok);
    return ok && n > 0 ? n : 50;
}

/** PKI, simulator, the CDA pool (one distinct document per sender slot) and the rounds' figures. */
struct Bench {
    QTemporaryDir dir;
    std::unique_ptr<bench::BenchDmpSimulator> sim;
    QString ins;
    QList<QByteArray> cdas;
    std::map<int, std::map<std::string, std::vector<double>>> figures; ///< senders -> counter -> one per round
    QString error;

    QString pki(const char *name) const { return RsaTestPki::file(dir.path(), name); }
};

Bench *bench()
{
    static Bench *b = [] {
        auto *b = new Bench;
        if (!QDir(kValueSets).exists()) {
            b->error = QStringLiteral("CI-SIS value sets absent (%1)").arg(kValueSets);
            return b;
        }
        if (auto st = RsaTestPki::create(b->dir.path()); !st) {
            b->error = st.error().toString();
            return b;
        }
        simulators::dmp::DmpSimulatorConfig config;
        config.certificatePath = b->pki("server.pem");
        config.keyPath = b->pki("server.key.pem");
        config.caPath = b->pki("ca.pem");
        config.valueSetDirectory = kValueSets;
        auto sim = bench::BenchDmpSimulator::start(config);
        if (!sim) {
            b->error = sim.error().toString();
            return b;
        }
        b->sim = std::move(*sim);
        // Distinct documents (uniqueId = document id), generated once: CDA writing is not measured here (bench_cda).
        auto report = test::sampleReport();
        report.patient.ins.matricule = QStringLiteral("2790351215189"); // test NIR with a valid key
        report.patient.ins.key = QStringLiteral("89");
        b->ins = report.patient.ins.full();
        for (int i = 0; i < 4 * docsPerSender(); ++i) {
            report.documentId = QStringLiteral("1.2.250.1.999.1.2.1.20261206.%1").arg(i + 1);
            report.setId = QStringLiteral("1.2.250.1.999.1.2.2.20261206.%1").arg(i + 1);
            auto cda = interop::cda::CdaN3Writer::write(report);
            if (!cda) {
                b->error = cda.error().toString();
                return b;
            }
            b->cdas.append(*cda);
        }
        return b;
    }();
    return b;
}

/** What one phase measured, or why it failed. */
struct Phase {
    double seconds = 0;
    double simMs = 0; ///< simulator handler time per request
};
using PhaseResult = std::expected<Phase, QString>;

/** Runs `work(sender)` on `senders` threads; the first error any of them returns, empty when none. */
QString onThreads(int senders, const std::function<QString(int)> &work)
{
    std::mutex m;
    QString first;
    std::vector<std::thread> threads;
    for (int s = 0; s < senders; ++s)
        threads.emplace_back([&, s] {
            const QString why = work(s);
            const std::lock_guard lock(m);
            if (first.isEmpty())
                first = why;
        });
    for (auto &t : threads)
        t.join();
    return first;
}

/** Times `run` from an empty registry and checks that the simulator then holds `docs` documents. */
PhaseResult timed(int docs, const std::function<QString()> &run)
{
    bench::BenchDmpSimulator &sim = *bench()->sim;
    const auto t0 = std::chrono::steady_clock::now();
    const QString error = run();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!error.isEmpty())
        return std::unexpected(error);
    if (sim.documentCount() != docs)
        return std::unexpected(QStringLiteral("the simulator stored %1 of %2 documents").arg(sim.documentCount()).arg(docs));
    return Phase{seconds, sim.handlerMs() / std::max(1, sim.handled())};
}

interop::dmp::VihfProfile vihfProfile()
{
    interop::dmp::VihfProfile profile;
    profile.nameId = QStringLiteral("10B0152872/RESPONSABLE");
    profile.structureId = QStringLiteral("10B0152872");
    profile.subjectId = QStringLiteral("SGL, SGL, Laboratoire");
    profile.lpsId = QStringLiteral("1.2.250.1.999.1.1.9001");
    profile.lpsVersion = QStringLiteral("1.0");
    profile.lpsHomologationId = QStringLiteral("HOMOLOGATION-TEST");
    return profile;
}

struct SignTimes {
    double vihfMs = 0;
    double xadesMs = 0;
};

/** Our client: each sender publishes its slice of the CDA pool; the simulator records the requests. */
PhaseResult sglPhase(int senders, std::vector<bench::CapturedRequest> &recorded, SignTimes &sign)
{
    Bench &b = *bench();
    const int perSender = docsPerSender();
    const interop::dmp::VihfProfile profile = vihfProfile();
    std::vector<std::shared_ptr<bench::TimedDmpSecurity>> security;
    std::vector<std::unique_ptr<interop::dmp::DmpClient>> clients;
    for (int s = 0; s < senders; ++s) {
        auto signer = interop::dmp::SignedDmpSecurity::fromFiles(profile, b.pki("org.key.pem"), b.pki("org.pem"));
        if (!signer)
            return std::unexpected(signer.error().toString());
        security.push_back(std::make_shared<bench::TimedDmpSecurity>(std::shared_ptr<interop::dmp::DmpSecurity>(std::move(*signer))));
        interop::dmp::DmpClientConfig c;
        c.endpoint = b.sim->baseUrl();
        c.certificatePath = b.pki("org.pem");
        c.privateKeyPath = b.pki("org.key.pem");
        c.caBundlePath = b.pki("ca.pem");
        c.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
        auto client = interop::dmp::DmpClient::create(c, security.back());
        if (!client)
            return std::unexpected(client.error().toString());
        clients.push_back(std::move(*client));
    }
    b.sim->startRecording();
    auto phase = timed(senders * perSender, [&] {
        return onThreads(senders, [&](int s) -> QString {
            for (int i = 0; i < perSender; ++i) {
                interop::dmp::DmpDocument doc;
                doc.ins = b.ins;
                doc.cda = b.cdas.at(s * perSender + i);
                auto published = clients[static_cast<std::size_t>(s)]->provideAndRegister(doc);
                if (!published)
                    return published.error().toString();
            }
            return QString();
        });
    });
    recorded = b.sim->takeRecording();
    for (const auto &sec : security) {
        sign.vihfMs += sec->vihfMs();
        sign.xadesMs += sec->xadesMs();
    }
    return phase;
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

/** The curl command line: one config with a transfer per request ("next" resets per-transfer options). */
PhaseResult curlPhase(int senders, const std::vector<bench::CapturedRequest> &batch)
{
    Bench &b = *bench();
    QTemporaryDir dir;
    QString config;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const auto &r = batch[i];
        const QString body = dir.filePath(QStringLiteral("b%1").arg(i));
        QFile f(body);
        if (!f.open(QIODevice::WriteOnly) || f.write(r.body) != r.body.size())
            return std::unexpected(QStringLiteral("cannot write the request bodies"));
        if (i > 0)
            config += QStringLiteral("next\n");
        // Same settings as DmpHttp: TLS 1.2 exactly, client certificate, this CA, no "Expect: 100-continue".
        config += QStringLiteral("url = %1\n").arg(quoted(b.sim->origin() + r.path));
        config += QStringLiteral("data-binary = %1\n").arg(quoted(QLatin1Char('@') + body));
        config += QStringLiteral("header = %1\n").arg(quoted(QStringLiteral("Content-Type: ") + QString::fromUtf8(r.contentType)));
        config += QStringLiteral("header = \"Expect:\"\ntlsv1.2\ntls-max = 1.2\n");
        config += QStringLiteral("cert = %1\nkey = %2\ncacert = %3\n")
                      .arg(quoted(b.pki("org.pem")), quoted(b.pki("org.key.pem")), quoted(b.pki("ca.pem")));
        config += QStringLiteral("output = %1\n").arg(quoted(dir.filePath(QStringLiteral("r%1").arg(i))));
    }
    const QString configPath = dir.filePath(QStringLiteral("curl.cfg"));
    {
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0)
            return std::unexpected(QStringLiteral("cannot write the curl config"));
    }
    QStringList args{QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-K"), configPath};
    if (senders > 1)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max") << QString::number(senders);
    return timed(static_cast<int>(batch.size()), [&] {
        QProcess p;
        p.start(QStringLiteral("curl"), args);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("curl failed: ") + QString::fromUtf8(p.readAllStandardError().left(300));
        return QString();
    });
}

/** DmpHttp::post alone, each sender thread posting a contiguous slice of the batch. */
PhaseResult transportPhase(int senders, const std::vector<bench::CapturedRequest> &batch)
{
    Bench &b = *bench();
    interop::dmp::DmpClientConfig c;
    c.endpoint = b.sim->baseUrl();
    c.certificatePath = b.pki("org.pem");
    c.privateKeyPath = b.pki("org.key.pem");
    c.caBundlePath = b.pki("ca.pem");
    const std::size_t per = (batch.size() + static_cast<std::size_t>(senders) - 1) / static_cast<std::size_t>(senders);
    return timed(static_cast<int>(batch.size()), [&] {
        return onThreads(senders, [&](int s) -> QString {
            const std::size_t from = static_cast<std::size_t>(s) * per;
            for (std::size_t i = from; i < std::min(batch.size(), from + per); ++i) {
                const auto &r = batch[i];
                auto reply = interop::dmp::DmpHttp::post(c, b.sim->origin() + r.path, r.contentType, r.body);
                if (!reply)
                    return reply.error().toString();
                if (reply->status != 200)
                    return QStringLiteral("HTTP %1").arg(reply->status);
            }
            return QString();
        });
    });
}

void skip(benchmark::State &state, const QString &why)
{
    state.SkipWithError(why.toUtf8().constData()); // copied by Google Benchmark
}

/** One iteration = one round (sgl, curl, transport) of SGL_BENCH_DMP_DOCS per sender; repeat with --benchmark_repetitions. */
void BM_DmpPublish(benchmark::State &state)
{
    Bench &b = *bench();
    if (!b.error.isEmpty()) {
        skip(state, b.error);
        return;
    }
    const int senders = static_cast<int>(state.range(0));
    std::map<std::string, double> f;
    for (auto _ : state) {
        std::vector<bench::CapturedRequest> recorded;
        SignTimes sign;
        std::map<std::string, Phase> phases;
        for (const char *name : {"sgl", "curl", "transport"}) {
            if (auto st = b.sim->reset(); !st) {
                skip(state, st.error().toString());
                return;
            }
            const std::string n(name);
            PhaseResult r = n == "sgl" ? sglPhase(senders, recorded, sign)
                            : n == "curl" ? curlPhase(senders, recorded)
                                          : transportPhase(senders, recorded);
            if (!r) {
                skip(state, QStringLiteral("%1: %2").arg(QLatin1String(name), r.error()));
                return;
            }
            phases.emplace(n, *r);
        }
        const double docs = static_cast<double>(recorded.size());
        qint64 bytes = 0;
        for (const auto &r : recorded)
            bytes += r.body.size();
        for (const auto &[name, phase] : phases) {
            f[name + "_docs_s"] = docs / phase.seconds;
            f[name + "_sim_ms"] = phase.simMs;
        }
        f["sgl_vs_curl"] = f["sgl_docs_s"] / f["curl_docs_s"];
        f["sgl_vs_transport"] = f["sgl_docs_s"] / f["transport_docs_s"];
        f["vihf_ms"] = sign.vihfMs / docs;
        f["xades_ms"] = sign.xadesMs / docs;
        f["body_kB"] = static_cast<double>(bytes) / 1024.0 / docs;
        for (const auto &[name, value] : f)
            b.figures[senders][name].push_back(value);
    }
    for (const auto &[name, value] : f)
        state.counters[name] = value;
}
BENCHMARK(BM_DmpPublish)->ArgName("senders")->Arg(1)->Arg(4)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

/** Signing alone, one thread, no network: the VIHF and the XAdES of one CR-BIO (the cost behind sign_ms). */
void BM_SignOnly(benchmark::State &state)
{
    Bench &b = *bench();
    if (!b.error.isEmpty()) {
        skip(state, b.error);
        return;
    }
    auto signer = interop::dmp::SignedDmpSecurity::fromFiles(vihfProfile(), b.pki("org.key.pem"), b.pki("org.pem"));
    if (!signer) {
        skip(state, signer.error().toString());
        return;
    }
    const QString uid = QStringLiteral("1.2.250.1.999.1.2.1.20261206.1");
    const interop::dmp::SubmissionSignatureInput input{QStringLiteral("1.2.250.1.999.1.2.2.1"), QStringLiteral("1.2.250.1.999.1.2.1.1"),
                                                       {{uid, b.cdas.first()}}, QDateTime::currentDateTimeUtc()};
    for (auto _ : state) {
        auto header = (*signer)->wsSecurityHeader({b.ins});
        auto signature = (*signer)->submissionSignature(input);
        if (!header || !signature) {
            skip(state, (header ? signature.error() : header.error()).toString());
            break;
        }
        benchmark::DoNotOptimize(signature->constData());
    }
    state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SignOnly)->UseRealTime()->Unit(benchmark::kMillisecond);

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void summary()
{
    std::printf("\nDMP publication over mutual TLS 1.2, %d documents per sender, medians of the rounds:\n", docsPerSender());
    std::printf("  senders  rounds    sgl docs/s  curl CLI  transport  sgl/curl  sgl/transport  vihf_ms  xades_ms  sim_ms\n");
    for (auto &[senders, m] : bench()->figures) {
        std::printf("  %7d  %6zu    %10.1f  %8.1f  %9.1f  %8.2f  %13.2f  %7.2f  %8.2f  %6.2f\n", senders,
                    m["sgl_docs_s"].size(), median(m["sgl_docs_s"]), median(m["curl_docs_s"]),
                    median(m["transport_docs_s"]), median(m["sgl_vs_curl"]), median(m["sgl_vs_transport"]),
                    median(m["vihf_ms"]), median(m["xades_ms"]), median(m["sgl_sim_ms"]));
    }
    std::printf("  (ratios are medians of the per-round ratios; *_ms per document; sim_ms = simulator handler, sgl phase)\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    summary();
    return 0;
}
