#pragma once

// Helpers shared by the catalogue storage/workflow tests (SQLite and PostgreSQL fixtures).

#include "../../storage/StorageFixture.h"

#include "domain/security/UserSession.h"
#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/CatalogueRepository.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include "QtPrinters.h"

namespace sgl::testing {

inline domain::UserSession adminSession()
{
    domain::UserSession s;
    s.userId = 1;
    s.login = QStringLiteral("admin.test");
    s.roles = {domain::Role::Admin};
    s.startedAt = QDateTime::currentDateTimeUtc();
    return s;
}

inline domain::CatalogueValidator catalogueValidator()
{
    return *interop::catalogue::CatalogueReferenceData::validator();
}

inline workflow::CatalogueImportRequest demoRequest()
{
    return workflow::CatalogueImportRequest::demoCatalogue();
}

/** Everything an import could change, to prove a refused import changed nothing. */
struct CatalogueSnapshot {
    qint64 versionId = 0;
    QByteArray csv;
    QByteArray ranges;
    qsizetype historyRows = 0;
    friend bool operator==(const CatalogueSnapshot &, const CatalogueSnapshot &) = default;
};

inline CatalogueSnapshot snapshot(storage::Database &db)
{
    CatalogueSnapshot s;
    auto r = db.read([&](storage::ReadTx &tx) -> domain::Status {
        auto v = storage::CatalogueRepository::currentVersionId(tx);
        if (!v)
            return std::unexpected(v.error());
        s.versionId = *v;
        auto c = storage::CatalogueRepository::loadCurrent(tx);
        if (!c)
            return std::unexpected(c.error());
        s.csv = interop::catalogue::CatalogueCsv::write(*c, domain::LoincSubset());
        s.ranges = interop::catalogue::CatalogueCsv::writeRanges(*c);
        auto h = storage::CatalogueRepository::history(tx, QString(), QString(), 100000);
        if (!h)
            return std::unexpected(h.error());
        s.historyRows = h->size();
        return {};
    });
    EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
    return s;
}

/** The error codes of a refusal, in order (for EXPECT_EQ on a whole list). */
inline QStringList errorCodes(const QList<domain::Error> &errors)
{
    QStringList out;
    for (const domain::Error &e : errors)
        out << e.code;
    return out;
}

/** A migrated database per backend holding the shipped demo catalogue, and its admin. */
class DemoCatalogueTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto out = workflow::ApplyCatalogueImport(*m_db, catalogueValidator()).run(adminSession(), demoRequest());
        ASSERT_TRUE(out && out->applied);
    }
    workflow::CatalogueAdmin admin() { return workflow::CatalogueAdmin(*m_db, catalogueValidator()); }
};

} // namespace sgl::testing
