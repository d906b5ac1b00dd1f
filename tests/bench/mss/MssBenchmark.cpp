// MSSanté sending throughput against a real Postfix (tests/mail/mail-servers.sh): SGL composes
// the message (CDA header read, XDM zip, MIME) and submits it over STARTTLS with the client
// certificate; the baseline submits the same bytes with the curl command line (one process per
// message, same TLS settings). 1 and 4 concurrent senders. Run as root:
//   ./tests/bench/mss/bench_mss --benchmark_min_time=3s
#include "MailServers.h"
#include "MssTestData.h"

#include "interop/mss/MssReportMessage.h"
#include "interop/mss/SmtpClient.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdio>

using namespace sgl;

namespace {

testing::MailServers *servers()
{
    static QString why;
    static testing::MailServers *s = testing::MailServers::instance(&why);
    if (!s)
        std::fprintf(stderr, "bench_mss: %s\n", why.toUtf8().constData());
    return s;
}

std::atomic<int> g_counter{0};

interop::mss::MssReportInput input(const QString &lab)
{
    interop::mss::MssReportInput in;
    in.cda = interop::mss::test::sampleCda(QStringLiteral("1.2.250.1.999.5.%1").arg(++g_counter));
    in.pdf = interop::mss::test::samplePdf().repeated(200); // ~ 200 kB, a realistic CR PDF
    in.dossierNumber = QStringLiteral("D2026-000042");
    in.from = lab;
    in.recipient = QStringLiteral("dr.martin@labo-test.mssante.fr");
    in.laboratoryName = QStringLiteral("Laboratoire SGL Test");
    in.now = QDateTime::currentDateTimeUtc();
    return in;
}

void BM_SglSend(benchmark::State &state)
{
    auto *s = servers();
    if (!s) {
        state.SkipWithError("mail servers unavailable");
        return;
    }
    auto client = interop::mss::SmtpClient::create(s->labConfig());
    const QString lab = s->env(QStringLiteral("SGL_MAIL_LAB"));
    for (auto _ : state) {
        auto message = interop::mss::MssReportMessage::build(input(lab));
        auto sent = client->send(*message);
        if (!sent) {
            state.SkipWithError(sent.error().message.toUtf8().constData());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_CurlSend(benchmark::State &state)
{
    auto *s = servers();
    if (!s) {
        state.SkipWithError("mail servers unavailable");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.eml"));
    {
        auto message = interop::mss::MssReportMessage::build(input(s->env(QStringLiteral("SGL_MAIL_LAB"))));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(*message->toBytes());
    }
    const QStringList args{QStringLiteral("-sS"), QStringLiteral("--ssl-reqd"), QStringLiteral("--url"),
                           s->env(QStringLiteral("SGL_MAIL_SMTP_URL")), QStringLiteral("--mail-from"),
                           s->env(QStringLiteral("SGL_MAIL_LAB")), QStringLiteral("--mail-rcpt"),
                           QStringLiteral("dr.martin@labo-test.mssante.fr"), QStringLiteral("--upload-file"), file,
                           QStringLiteral("--cacert"), s->env(QStringLiteral("SGL_MAIL_CA")), QStringLiteral("--cert"),
                           s->env(QStringLiteral("SGL_MAIL_CLIENT_CERT")), QStringLiteral("--key"),
                           s->env(QStringLiteral("SGL_MAIL_CLIENT_KEY"))};
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral("curl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            state.SkipWithError("curl failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

BENCHMARK(BM_SglSend)->Threads(1)->Threads(4)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CurlSend)->Threads(1)->Threads(4)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    servers();
    benchmark::RunSpecifiedBenchmarks();
    if (servers())
        servers()->clearMailboxes();
    benchmark::Shutdown();
    return 0;
}
