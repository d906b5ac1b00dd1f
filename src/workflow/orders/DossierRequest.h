#pragma once

#include "domain/lab/Dossier.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sgl::workflow::orders {

/**
 * A request as entered at the desk (or received from a hospital), before any check: OrderEntry
 * checks it (DossierRequestCheck), normalises the clinical answers and stores it.
 */
struct DossierRequest {
    qint64 patientId = 0;
    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine;
    QString prescriberRpps;
    QString prescriberName;
    QString prescriberMssante;
    QDate prescribedOn;                ///< invalid: today
    QDateTime sampledAt;               ///< invalid: not sampled yet (sampled at the lab later)
    domain::Dossier::SamplerKind samplerKind = domain::Dossier::SamplerKind::Laboratory;
    QString samplerName;
    domain::Dossier::Origin origin = domain::Dossier::Origin::External;
    QString ward;
    QList<domain::Correspondent> correspondents;
    QStringList examCodes;             ///< catalogue exam codes, in entry order
    QMap<QString, QString> clinicalAnswers; ///< ClinicalQuestion code -> answer as typed
    bool reportToPrescriber = true;
    bool reportToPatient = false;
    bool paperCopy = false;
    QString clinicalInfo;
};

} // namespace sgl::workflow::orders
