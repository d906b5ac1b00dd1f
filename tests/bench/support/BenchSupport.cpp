#include "BenchSupport.h"

#include "storage/DbUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sgl::bench {

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

double elapsedUs(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
}

void dropPostgresSchema(const QString &schema)
{
    if (schema.isEmpty())
        return;
    auto base = storage::DbUrl::parse(qEnvironmentVariable("SGL_TEST_PG_URL"));
    if (!base)
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-drop"_s);
        db.setHostName(base->host);
        db.setPort(base->port);
        db.setUserName(base->user);
        db.setPassword(base->password);
        db.setDatabaseName(base->database);
        if (db.open()) {
            QSqlQuery q(db);
            (void)q.exec(u"SET client_min_messages TO WARNING"_s);
            (void)q.exec(u"DROP SCHEMA %1 CASCADE"_s.arg(schema));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-drop"_s);
}

void Percentiles::record(const std::string &name, std::vector<double> &samples, benchmark::State *state,
                         const std::string &unit)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    const double p50 = samples[samples.size() / 2];
    const double p95 = samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
    m_values[name] = {p50, p95};
    if (state) {
        state->counters["p50_" + unit] = p50;
        state->counters["p95_" + unit] = p95;
    }
}

void Percentiles::print(int decimals) const
{
    for (const auto &[name, p] : m_values)
        std::printf("  %-34s p50 %9.*f   p95 %9.*f\n", name.c_str(), decimals, p.first, decimals, p.second);
}

int runBenchmarks(int argc, char **argv, const std::function<void()> &summary)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (summary)
        summary();
    return 0;
}

} // namespace sgl::bench
