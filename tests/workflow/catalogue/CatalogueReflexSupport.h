#pragma once

// Reflex-rule and dossier helpers shared by the catalogue-core tests (retire/delete, reflex tests).

#include "CatalogueTestSupport.h"

#include "domain/catalogue/ReflexRule.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/Specimen.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "../../storage/Samples.h"

namespace sgl::testing {

inline domain::UserSession sessionWith(domain::Role role, const QString &login)
{
    domain::UserSession s = adminSession();
    s.userId = 2;
    s.login = login;
    s.roles = {role};
    return s;
}

inline domain::ReflexRule numericRule(const QString &code, const QString &trigger, domain::ReflexCondition c,
                                      double threshold, const QString &add, bool automatic)
{
    domain::ReflexRule r;
    r.code = code;
    r.label = QStringLiteral("Règle %1").arg(code);
    r.triggerCode = trigger;
    r.condition = c;
    r.threshold = threshold;
    r.addCode = add;
    r.automatic = automatic;
    return r;
}

inline domain::ReflexRule codedRule(const QString &code, const QString &trigger, const QStringList &values,
                                    const QString &add)
{
    domain::ReflexRule r;
    r.code = code;
    r.label = QStringLiteral("Règle %1").arg(code);
    r.triggerCode = trigger;
    r.condition = domain::ReflexCondition::CodedValue;
    r.codedValues = values;
    r.addCode = add;
    return r;
}

/** One patient, one dossier in `status`, one tube per specimen type given. */
struct DossierFixture {
    qint64 patientId = 0;
    qint64 dossierId = 0;
    QHash<QString, qint64> specimens;   ///< type code -> specimen id
};

inline DossierFixture makeDossier(storage::Database &db, domain::DossierStatus status, const QStringList &specimenTypes,
                                  const QString &number = QStringLiteral("D-RFX-0001"))
{
    DossierFixture f;
    auto ok = db.write([&](storage::WriteTx &tx) -> domain::Status {
        f.specimens.clear();
        domain::Patient p = samplePatient(QStringLiteral("IPP-") + number);
        if (auto s = storage::PatientRepository::insert(tx, p, actor()); !s)
            return s;
        domain::Dossier d;
        d.number = number;
        d.patientId = p.id;
        d.status = status;
        d.createdBy = QStringLiteral("sec1");
        d.createdAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        if (auto s = storage::DossierRepository::insert(tx, d, actor()); !s)
            return s;
        for (const QString &type : specimenTypes) {
            domain::Specimen sp;
            sp.dossierId = d.id;
            sp.barcode = number + QLatin1Char('-') + type;
            sp.typeCode = type;
            sp.status = domain::Specimen::Status::Received;
            sp.collectedAt = d.createdAt;
            if (auto s = storage::DossierRepository::addSpecimen(tx, sp, actor()); !s)
                return s;
            f.specimens.insert(type, sp.id);
        }
        f.patientId = p.id;
        f.dossierId = d.id;
        return {};
    });
    EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
    return f;
}

inline qint64 addResult(storage::Database &db, const DossierFixture &f, const QString &code, domain::ResultValue value,
                        std::optional<domain::AbnormalFlag> flag = std::nullopt, const QString &specimenType = {},
                        domain::ValidationState state = domain::ValidationState::Entered)
{
    qint64 id = 0;
    auto ok = db.write([&](storage::WriteTx &tx) -> domain::Status {
        domain::LabResult r = sampleResult(f.dossierId, f.patientId, code, value,
                                           QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        r.flag = flag;
        r.state = state;
        r.specimenId = f.specimens.value(specimenType);
        if (auto s = storage::ResultRepository::insert(tx, r, actor()); !s)
            return s;
        id = r.id;
        return {};
    });
    EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
    return id;
}

} // namespace sgl::testing
