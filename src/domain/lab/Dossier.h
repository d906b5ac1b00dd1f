#pragma once

#include "domain/lab/DossierStatus.h"

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/** One request (demande) of one patient: what was prescribed, by whom, and where it stands. */
struct Dossier {
    enum class Priority { Routine, Urgent };

    qint64 id = 0;
    int version = 0;            ///< optimistic lock counter (storage)
    QString number;             ///< lab dossier number, unique, printed ("D2026-000123")
    qint64 patientId = 0;
    DossierStatus status = DossierStatus::Registered;
    Priority priority = Priority::Routine;
    QString prescriberRpps;
    QString prescriberName;
    QString clinicalInfo;
    QString createdBy;          ///< login
    QDateTime createdAt;        ///< UTC
    QDateTime updatedAt;
};

[[nodiscard]] inline QString priorityCode(Dossier::Priority p)
{
    return p == Dossier::Priority::Urgent ? QStringLiteral("urgent") : QStringLiteral("routine");
}

} // namespace sgl::domain
