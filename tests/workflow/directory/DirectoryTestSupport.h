#pragma once

// Shared by the directory workflow tests: a migrated database per backend, sessions, synthetic
// extracts written as files, import and search shortcuts.

#include "../../storage/StorageFixture.h"
#include "DirectoryExtractSupport.h"

#include "storage/DirectoryRepository.h"
#include "workflow/directory/DirectoryImport.h"
#include "workflow/directory/DirectorySearch.h"

namespace sgl::testing {

inline domain::UserSession sessionOf(QList<domain::Role> roles, qint64 id, const QString &login)
{
    domain::UserSession s;
    s.userId = id;
    s.login = login;
    s.displayName = login;
    s.roles = std::move(roles);
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = QStringLiteral("poste-test");
    return s;
}
inline domain::UserSession directoryAdmin() { return sessionOf({domain::Role::Admin}, 1, QStringLiteral("admin")); }
inline domain::UserSession directorySecretary() { return sessionOf({domain::Role::Secretary}, 2, QStringLiteral("secretaire")); }

inline workflow::directory::DirectoryQuery query(const QString &name, const QString &rpps, const QString &city,
                                                 const QString &profession, int limit)
{
    workflow::directory::DirectoryQuery q;
    q.name = name;
    q.rpps = rpps;
    q.city = city;
    q.profession = profession;
    q.limit = limit;
    return q;
}

/** The named professionals of the tests (valid RPPS keys, accented names, an MSSanté address). */
inline domain::DirectoryEntry epinasse()
{
    return interop::directory::SyntheticExtract::professional(QStringLiteral("10000000009"), QStringLiteral("ÉPINASSE"),
                                                              QStringLiteral("Hélène"), QStringLiteral("21"),
                                                              QStringLiteral("helene.epinasse@labo.mssante.fr"));
}
inline domain::DirectoryEntry zephirin()
{
    return interop::directory::SyntheticExtract::professional(QStringLiteral("10000000017"), QStringLiteral("ZÉPHIRIN"),
                                                              QStringLiteral("Zoé"), QStringLiteral("10"));
}

class DirectoryTest : public StorageTest {
protected:
    /** Writes `bytes` as PS_LibreAcces_Personne_activite_<stamp>.txt in the test's directory. */
    QString file(const QByteArray &bytes, const QString &stamp = QStringLiteral("202612010300"))
    {
        const QString path = m_scratch->directory() + QStringLiteral("/PS_LibreAcces_Personne_activite_") + stamp
            + QStringLiteral(".txt");
        EXPECT_TRUE(writeFile(path, bytes));
        return path;
    }
    domain::Result<workflow::directory::DirectoryImportSummary> import(const QString &path, int batch = 5000,
                                                                       const domain::UserSession &s = directoryAdmin())
    {
        workflow::directory::DirectoryImport importer(*m_db, s);
        importer.setBatchSize(batch);
        return importer.run({path});
    }
    QList<domain::DirectoryProfessional> find(const workflow::directory::DirectoryQuery &q)
    {
        auto r = workflow::directory::DirectorySearch(*m_db, directorySecretary()).find(q);
        EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
        return r.value_or(QList<domain::DirectoryProfessional>());
    }
    QList<domain::DirectoryProfessional> byName(const QString &name) { return find(query(name, {}, {}, {}, 50)); }
    std::optional<domain::DirectoryGeneration> active()
    {
        auto g = m_db->read([](storage::ReadTx &tx) { return storage::DirectoryRepository::active(tx); });
        EXPECT_TRUE(g);
        return g.value_or(std::nullopt);
    }
    qint64 scalar(const QString &sql)
    {
        auto n = m_db->read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(sql);
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toLongLong() : -1;
        });
        EXPECT_TRUE(n);
        return n.value_or(-1);
    }
};

} // namespace sgl::testing
