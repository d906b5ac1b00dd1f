// Approximate patient search over a synthetic population (default 1 000 000 patients):
//  - LinearScan: raw baseline, compares every record (precomputed keys) -- what a search
//    without any index costs;
//  - InMemoryIndex: hash map (phonetic key, birth date) -> records;
//  - StorageCandidates: storage::IdentityKeyRepository::candidates on SQLite (indexed query);
//  - StorageSearchPatients: the full workflow::identity::SearchPatients::run (exact + phonetic,
//    loading and auditing each hit) on the same database.
// Each iteration is one query (a typed spelling variant of an existing patient + exact birth
// date); p50/p95 per query are reported as counters, with the recall.
#include "SyntheticPatients.h"

#include "domain/audit/AuditActor.h"
#include "domain/identity/NameNormaliser.h"
#include "domain/identity/PhoneticKey.h"
#include "storage/Database.h"
#include "storage/IdentityKeyRepository.h"
#include "storage/MigrationRunner.h"
#include "storage/PatientRepository.h"
#include "workflow/identity/SearchPatients.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace sgl;

namespace {

int g_patients = 1000000;

struct Query {
    QString typed;
    QDate birthDate;
    qint64 expectedId;
};

struct Population {
    std::vector<domain::Patient> patients;
    std::vector<QString> keys; // phonetic key of the birth name, per patient
    QHash<QString, std::vector<int>> index;
    std::vector<Query> queries;
};

QString bucket(const QString &key, const QDate &d)
{
    return key + QLatin1Char('|') + d.toString(Qt::ISODate);
}

Population &population()
{
    static Population pop = [] {
        Population p;
        QElapsedTimer t;
        t.start();
        p.patients = SyntheticPatients::generate(g_patients, 20261122u);
        p.keys.reserve(p.patients.size());
        for (size_t i = 0; i < p.patients.size(); ++i) {
            p.keys.push_back(domain::PhoneticKey::of(p.patients[i].traits.birthName));
            p.index[bucket(p.keys.back(), p.patients[i].traits.birthDate)].push_back(static_cast<int>(i));
        }
        for (int q = 0; q < 1000; ++q) {
            const auto &target = p.patients[static_cast<size_t>((q * 7919) % g_patients)];
            p.queries.push_back({SyntheticPatients::typedVariant(target.traits.birthName, q), target.traits.birthDate,
                                 target.id});
        }
        std::fprintf(stderr, "population: %d patients, %lld distinct (key, date) buckets, built in %lld ms\n",
                     g_patients, static_cast<long long>(p.index.size()), static_cast<long long>(t.elapsed()));
        return p;
    }();
    return pop;
}

void report(benchmark::State &state, std::vector<double> &us, int hits, int total)
{
    std::sort(us.begin(), us.end());
    if (us.empty())
        return;
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p95_us"] = us[std::min(us.size() - 1, us.size() * 95 / 100)];
    state.counters["recall"] = total == 0 ? 0.0 : double(hits) / total;
    state.counters["patients"] = g_patients;
}

template <class F>
void timed(benchmark::State &state, F &&query)
{
    auto &pop = population();
    std::vector<double> us;
    int hits = 0;
    int total = 0;
    size_t i = 0;
    for (auto _ : state) {
        const Query &q = pop.queries[i++ % pop.queries.size()];
        const auto start = std::chrono::steady_clock::now();
        const bool found = query(q);
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        hits += found ? 1 : 0;
        ++total;
    }
    report(state, us, hits, total);
}

void BM_LinearScan(benchmark::State &state)
{
    auto &pop = population();
    timed(state, [&](const Query &q) {
        const QString key = domain::PhoneticKey::of(q.typed);
        bool found = false;
        for (size_t i = 0; i < pop.patients.size(); ++i)
            if (pop.patients[i].traits.birthDate == q.birthDate && pop.keys[i] == key)
                found = found || pop.patients[i].id == q.expectedId;
        benchmark::DoNotOptimize(found);
        return found;
    });
}

void BM_InMemoryIndex(benchmark::State &state)
{
    auto &pop = population();
    timed(state, [&](const Query &q) {
        const auto it = pop.index.constFind(bucket(domain::PhoneticKey::of(q.typed), q.birthDate));
        bool found = false;
        if (it != pop.index.cend())
            for (int idx : *it)
                found = found || pop.patients[static_cast<size_t>(idx)].id == q.expectedId;
        return found;
    });
}

struct StoredPopulation {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

StoredPopulation &stored()
{
    static StoredPopulation s = [] {
        StoredPopulation out;
        const auto url = storage::DbUrl::parse(QStringLiteral("sqlite://") + out.dir.path() + QStringLiteral("/bench.sqlite"));
        storage::Database::OpenOptions opts;
        opts.synchronousFull = false;
        auto db = storage::Database::open(*url, opts);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            std::abort();
        }
        out.db = std::move(*db);
        storage::MigrationRunner runner(*out.db);
        if (auto m = runner.migrate(); !m) {
            std::fprintf(stderr, "%s\n", qPrintable(m.error().toString()));
            std::abort();
        }
        QElapsedTimer t;
        t.start();
        auto &pop = population();
        const domain::AuditActor seed = domain::AuditActor::system(QStringLiteral("bench"), QStringLiteral("bench"));
        const size_t batch = 50000;
        for (size_t from = 0; from < pop.patients.size(); from += batch) {
            auto st = out.db->write([&](storage::WriteTx &tx) -> domain::Status {
                for (size_t i = from; i < std::min(pop.patients.size(), from + batch); ++i) {
                    domain::Patient p = pop.patients[i];
                    p.id = 0;
                    if (auto r = storage::PatientRepository::insert(tx, p, seed); !r)
                        return r;
                    if (auto r = storage::IdentityKeyRepository::upsert(tx, p); !r)
                        return r;
                }
                return {};
            });
            if (!st) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
                std::abort();
            }
        }
        std::fprintf(stderr, "SQLite: %d patients stored through PatientRepository (audited) in %lld s\n", g_patients,
                     static_cast<long long>(t.elapsed() / 1000));
        return out;
    }();
    return s;
}

void BM_StorageCandidates(benchmark::State &state)
{
    auto &db = *stored().db;
    timed(state, [&](const Query &q) {
        auto ids = db.read([&](storage::ReadTx &tx) {
            return storage::IdentityKeyRepository::candidates(tx, q.typed, q.birthDate, 50);
        });
        return ids && ids->contains(q.expectedId);
    });
}

void BM_StorageSearchPatients(benchmark::State &state)
{
    auto &db = *stored().db;
    const domain::UserSession session{1, QStringLiteral("bench"), QStringLiteral("bench"), {},
                                      {domain::Role::Secretary}, QDateTime::currentDateTimeUtc(),
                                      QStringLiteral("bench"), domain::SignInMethod::Password, QDateTime()};
    workflow::identity::SearchPatients search(db, session);
    timed(state, [&](const Query &q) {
        auto r = search.run({q.typed, q.birthDate, {}, {}, true, 50, {}});
        return r && std::any_of(r->begin(), r->end(), [&](const domain::Patient &p) { return p.id == q.expectedId; });
    });
}

} // namespace

BENCHMARK(BM_LinearScan)->Iterations(50)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InMemoryIndex)->Iterations(5000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StorageCandidates)->Iterations(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StorageSearchPatients)->Iterations(1000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a.startsWith(QStringLiteral("--patients=")))
            g_patients = std::max(1000, a.mid(11).toInt());
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
