// CR-BIO documents per second published to the in-process DMP simulator over mutual TLS 1.2,
// with 1 and 4 concurrent senders (threads, one DmpClient each):
//   BM_SglPublish    our DmpClient + SignedDmpSecurity: metadata, VIHF and XAdES signed (RSA test
//                    PKI), ITI-41 MTOM, libcurl POST, answer parsed; the simulator verifies both
//                    signatures, validates and stores.
//   BM_CurlCli       the SAME bytes (the requests BM_SglPublish sent, recorded by the simulator)
//                    posted by the curl command line with the same client certificate: one
//                    process for the whole batch, `--parallel --parallel-max 4` for 4 senders.
//   BM_TransportOnly the same bytes posted by DmpHttp::post (our libcurl transport, one handle per
//                    call) from 1 or 4 threads: the floor of our client without building/signing.
// Every run starts from an empty simulator registry, so all three store the same documents.
// Counters: docs/s; per document, sign_ms (VIHF + XAdES), sim_ms (time in the simulator's
// handler, server thread). Summary: ratios ours/curl. Run by hand, Release build:
//   SGL_BENCH_DMP_DOCS=100 build-rel/tests/bench/dmp/bench_dmp --benchmark_repetitions=3
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

#include <atomic>
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

/** PKI, simulator, the CDA pool (one distinct document per sender slot) and what the runs found. */
struct Bench {
    QTemporaryDir dir;
    std::unique_ptr<bench::BenchDmpSimulator> sim;
    QString ins;
    QList<QByteArray> cdas;
    /// Requests recorded during BM_SglPublish, per sender count, one batch per repetition.
    std::map<int, std::vector<std::vector<bench::CapturedRequest>>> batches;
    std::map<std::string, std::vector<double>> docsPerSecond; ///< "<bench>/<senders>" -> one per repetition
    std::map<std::string, int> replayed;                      ///< "<bench>/<senders>" -> repetitions run
    std::map<std::string, std::vector<double>> simMs;         ///< "<bench>/<senders>" -> handler ms per document
    std::map<int, std::vector<double>> signMs;                ///< senders -> VIHF + XAdES ms per document
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

void skip(benchmark::State &state, const QString &why)
{
    state.SkipWithError(why.toUtf8().constData()); // copied by Google Benchmark
}

bool ready(benchmark::State &state)
{
    if (!bench()->error.isEmpty()) {
        skip(state, bench()->error);
        return false;
    }
    if (auto st = bench()->sim->reset(); !st) {
        skip(state, st.error().toString());
        return false;
    }
    return true;
}

std::string key(const char *name, int senders)
{
    return std::string(name) + '/' + std::to_string(senders);
}

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

void setCounters(benchmark::State &state, const char *name, int senders, int docs, double seconds)
{
    const double rate = docs / seconds;
    bench()->docsPerSecond[key(name, senders)].push_back(rate);
    state.counters["docs/s"] = rate;
    const double simMs = bench()->sim->handlerMs() / std::max(1, bench()->sim->handled());
    bench()->simMs[key(name, senders)].push_back(simMs);
    state.counters["sim_ms"] = simMs;
    state.SetItemsProcessed(docs);
}

void BM_SglPublish(benchmark::State &state)
{
    if (!ready(state))
        return;
    const int senders = static_cast<int>(state.range(0));
    const int perSender = docsPerSender();
    Bench &b = *bench();
    interop::dmp::VihfProfile profile;
    profile.nameId = QStringLiteral("10B0152872/RESPONSABLE");
    profile.structureId = QStringLiteral("10B0152872");
    profile.subjectId = QStringLiteral("SGL, SGL, Laboratoire");
    profile.lpsId = QStringLiteral("1.2.250.1.999.1.1.9001");
    profile.lpsVersion = QStringLiteral("1.0");
    profile.lpsHomologationId = QStringLiteral("HOMOLOGATION-TEST");
    std::vector<std::shared_ptr<bench::TimedDmpSecurity>> security;
    std::vector<std::unique_ptr<interop::dmp::DmpClient>> clients;
    for (int s = 0; s < senders; ++s) {
        auto signer = interop::dmp::SignedDmpSecurity::fromFiles(profile, b.pki("org.key.pem"), b.pki("org.pem"));
        if (!signer) {
            skip(state, signer.error().toString());
            return;
        }
        security.push_back(std::make_shared<bench::TimedDmpSecurity>(std::shared_ptr<interop::dmp::DmpSecurity>(std::move(*signer))));
        interop::dmp::DmpClientConfig c;
        c.endpoint = b.sim->baseUrl();
        c.certificatePath = b.pki("org.pem");
        c.privateKeyPath = b.pki("org.key.pem");
        c.caBundlePath = b.pki("ca.pem");
        c.sourceOid = QStringLiteral("1.2.250.1.999.1.2");
        auto client = interop::dmp::DmpClient::create(c, security.back());
        if (!client) {
            skip(state, client.error().toString());
            return;
        }
        clients.push_back(std::move(*client));
    }
    b.sim->startRecording();
    double seconds = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        const QString error = onThreads(senders, [&](int s) -> QString {
            for (int i = 0; i < perSender; ++i) {
                interop::dmp::DmpDocument doc;
                doc.ins = b.ins;
                doc.cda = b.cdas.at(s * perSender + i);
                auto published = clients[static_cast<std::size_t>(s)]->provideAndRegister(doc);
                if (!published)
                    return published.error().toString();
            }
            return {};
        });
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!error.isEmpty()) {
            skip(state, error);
            break;
        }
    }
    auto recorded = b.sim->takeRecording();
    if (state.error_occurred())
        return;
    const int docs = senders * perSender;
    if (b.sim->documentCount() != docs || static_cast<int>(recorded.size()) != docs) {
        state.SkipWithError("the simulator did not store every document once");
        return;
    }
    qint64 bytes = 0;
    for (const auto &r : recorded)
        bytes += r.body.size();
    state.counters["body_kB"] = static_cast<double>(bytes) / 1024.0 / docs;
    b.batches[senders].push_back(std::move(recorded));
    double signMs = 0;
    for (const auto &sec : security)
        signMs += sec->vihfMs() + sec->xadesMs();
    setCounters(state, "sgl", senders, docs, seconds);
    state.counters["sign_ms"] = signMs / docs;
    b.signMs[senders].push_back(signMs / docs);
}

/** The batch BM_SglPublish recorded for this sender count and repetition, or nullptr (skipped). */
const std::vector<bench::CapturedRequest> *batchFor(benchmark::State &state, const char *name, int senders)
{
    Bench &b = *bench();
    const auto &list = b.batches[senders];
    int &n = b.replayed[key(name, senders)];
    if (list.empty()) {
        state.SkipWithError("no recorded requests: run BM_SglPublish first (same filter)");
        return nullptr;
    }
    return &list[static_cast<std::size_t>(n++) % list.size()];
}

/** Checks that the simulator stored every document of the batch (each answer was a Success). */
bool allStored(benchmark::State &state, std::size_t docs)
{
    if (bench()->sim->documentCount() != static_cast<int>(docs)) {
        skip(state, QStringLiteral("the simulator stored %1 of %2 documents")
                                .arg(bench()->sim->documentCount())
                                .arg(docs)
                                );
        return false;
    }
    return true;
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void BM_CurlCli(benchmark::State &state)
{
    if (!ready(state))
        return;
    const int senders = static_cast<int>(state.range(0));
    const auto *batch = batchFor(state, "curl", senders);
    if (!batch)
        return;
    Bench &b = *bench();
    // One curl config: a transfer per request ("next" resets the per-transfer options), the same
    // TLS settings as DmpHttp (TLS 1.2 exactly, client certificate, CA bundle only, no Expect).
    QTemporaryDir dir;
    QString config;
    for (std::size_t i = 0; i < batch->size(); ++i) {
        const auto &r = (*batch)[i];
        const QString body = dir.filePath(QStringLiteral("b%1").arg(i));
        QFile f(body);
        if (!f.open(QIODevice::WriteOnly) || f.write(r.body) != r.body.size()) {
            state.SkipWithError("cannot write the request bodies");
            return;
        }
        if (i > 0)
            config += QStringLiteral("next\n");
        config += QStringLiteral("url = %1\n").arg(quoted(b.sim->origin() + r.path));
        config += QStringLiteral("data-binary = %1\n").arg(quoted(QLatin1Char('@') + body));
        config += QStringLiteral("header = %1\n").arg(quoted(QStringLiteral("Content-Type: ") + QString::fromUtf8(r.contentType)));
        config += QStringLiteral("header = \"Expect:\"\n");
        config += QStringLiteral("tlsv1.2\ntls-max = 1.2\n");
        config += QStringLiteral("cert = %1\nkey = %2\ncacert = %3\n")
                      .arg(quoted(b.pki("org.pem")), quoted(b.pki("org.key.pem")), quoted(b.pki("ca.pem")));
        config += QStringLiteral("output = %1\n").arg(quoted(dir.filePath(QStringLiteral("r%1").arg(i))));
    }
    const QString configPath = dir.filePath(QStringLiteral("curl.cfg"));
    {
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0) {
            state.SkipWithError("cannot write the curl config");
            return;
        }
    }
    QStringList args{QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-K"), configPath};
    if (senders > 1)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max") << QString::number(senders);
    double seconds = 0;
    for (auto _ : state) {
        QProcess p;
        const auto t0 = std::chrono::steady_clock::now();
        p.start(QStringLiteral("curl"), args);
        const bool finished = p.waitForFinished(600000);
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            skip(state, QStringLiteral("curl failed: ") + QString::fromUtf8(p.readAllStandardError().left(300)));
            break;
        }
    }
    if (state.error_occurred() || !allStored(state, batch->size()))
        return;
    setCounters(state, "curl", senders, static_cast<int>(batch->size()), seconds);
}

void BM_TransportOnly(benchmark::State &state)
{
    if (!ready(state))
        return;
    const int senders = static_cast<int>(state.range(0));
    const auto *batch = batchFor(state, "transport", senders);
    if (!batch)
        return;
    Bench &b = *bench();
    interop::dmp::DmpClientConfig c;
    c.endpoint = b.sim->baseUrl();
    c.certificatePath = b.pki("org.pem");
    c.privateKeyPath = b.pki("org.key.pem");
    c.caBundlePath = b.pki("ca.pem");
    const std::size_t per = (batch->size() + static_cast<std::size_t>(senders) - 1) / static_cast<std::size_t>(senders);
    double seconds = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        const QString error = onThreads(senders, [&](int s) -> QString {
            for (std::size_t i = static_cast<std::size_t>(s) * per; i < std::min(batch->size(), (static_cast<std::size_t>(s) + 1) * per); ++i) {
                const auto &r = (*batch)[i];
                auto reply = interop::dmp::DmpHttp::post(c, b.sim->origin() + r.path, r.contentType, r.body);
                if (!reply)
                    return reply.error().toString();
                if (reply->status != 200)
                    return QStringLiteral("HTTP %1").arg(reply->status);
            }
            return {};
        });
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!error.isEmpty()) {
            skip(state, error);
            break;
        }
    }
    if (state.error_occurred() || !allStored(state, batch->size()))
        return;
    setCounters(state, "transport", senders, static_cast<int>(batch->size()), seconds);
}

// One iteration = one batch (SGL_BENCH_DMP_DOCS per sender); repeat with --benchmark_repetitions.
BENCHMARK(BM_SglPublish)->Arg(1)->Arg(4)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CurlCli)->Arg(1)->Arg(4)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TransportOnly)->Arg(1)->Arg(4)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void summary()
{
    const auto &r = bench()->docsPerSecond;
    const auto at = [&](const char *name, int senders) {
        const auto it = r.find(key(name, senders));
        return it == r.end() ? 0.0 : median(it->second);
    };
    std::printf("\nDMP publication, documents/s (median of repetitions), %d documents per sender:\n", docsPerSender());
    std::printf("  senders        sgl      curl CLI   transport   sgl/curl   sgl/transport\n");
    for (int senders : {1, 4}) {
        const double sgl = at("sgl", senders), curl = at("curl", senders), transport = at("transport", senders);
        std::printf("  %7d   %8.1f   %8.1f    %8.1f     %6.2f       %6.2f\n", senders, sgl, curl, transport,
                    curl > 0 ? sgl / curl : 0.0, transport > 0 ? sgl / transport : 0.0);
    }
    // One sender: where a publication's time goes (per document, medians). Signing is timed
    // inside our run; the simulator's handler in every run; the bare transport of the same bytes
    // (BM_TransportOnly) tells what our client adds on top of TLS + HTTP + simulator.
    const auto med = [&](const std::map<std::string, std::vector<double>> &m, const char *name) {
        const auto it = m.find(key(name, 1));
        return it == m.end() ? 0.0 : median(it->second);
    };
    const double sgl = at("sgl", 1), curl = at("curl", 1), transport = at("transport", 1);
    if (sgl > 0 && curl > 0 && transport > 0) {
        std::printf("\nOne sender, ms per document (simulator handler in brackets):\n"
                    "  sgl       %7.2f [%6.2f]  of which signing (VIHF + XAdES) %.2f\n"
                    "  transport %7.2f [%6.2f]  same bytes, DmpHttp::post alone: our client adds %.2f\n"
                    "  curl CLI  %7.2f [%6.2f]  same bytes, one curl process for the batch\n",
                    1000 / sgl, med(bench()->simMs, "sgl"), median(bench()->signMs[1]), 1000 / transport,
                    med(bench()->simMs, "transport"), 1000 / sgl - 1000 / transport, 1000 / curl, med(bench()->simMs, "curl"));
    }
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
