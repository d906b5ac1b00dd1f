#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"

#include <QDateTime>
#include <QTimeZone>

namespace sgl::testing {

inline domain::AuditActor actor()
{
    return {7, QStringLiteral("bio1"), QStringLiteral("poste-test")};
}

inline domain::Patient samplePatient(const QString &ipp = QStringLiteral("IPP001"))
{
    domain::Patient p;
    p.localId = ipp;
    p.traits.birthName = QStringLiteral("DUPONT");
    p.traits.firstBirthName = QStringLiteral("ÉLODIE");
    p.traits.birthFirstNames = {QStringLiteral("ÉLODIE"), QStringLiteral("MARIE")};
    p.traits.birthDate = QDate(1980, 2, 29);
    p.traits.birthDateRaw = QStringLiteral("1980-02-29");
    p.traits.sex = domain::Sex::Female;
    p.traits.birthPlaceCog = QStringLiteral("2A004");
    p.traits.usedName = QStringLiteral("Martin-Lefèvre");
    p.status = domain::IdentityStatus::Prov;
    p.evidence << domain::IdentityEvidence{0, domain::EvidenceType::IdentityCard,
                                           QStringLiteral("X123"), QStringLiteral("sec1"),
                                           QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC)};
    return p;
}

inline domain::LabResult sampleResult(qint64 dossierId, qint64 patientId, const QString &code,
                                      domain::ResultValue value, const QDateTime &observedAt)
{
    domain::LabResult r;
    r.dossierId = dossierId;
    r.patientId = patientId;
    r.analysisCode = code;
    r.value = std::move(value);
    r.state = domain::ValidationState::Entered;
    r.observedAt = observedAt;
    r.enteredBy = QStringLiteral("tech1");
    r.enteredAt = observedAt;
    return r;
}

} // namespace sgl::testing
