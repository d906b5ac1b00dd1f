#pragma once

#include "domain/lab/DossierStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sgl::domain {

/** A professional who receives a copy of the report (correspondant, "copie à"). */
struct Correspondent {
    QString rpps;           ///< 11 digits when known; may be empty (free entry)
    QString name;           ///< "Dr Anne MARTIN"
    QString mssante;        ///< MSSanté address for the electronic copy, may be empty
    bool copyOfReport = true;
    friend bool operator==(const Correspondent &, const Correspondent &) = default;
};

/** One request (demande) of one patient: what was prescribed, by whom, and where it stands. */
struct Dossier {
    enum class Priority { Routine, Urgent, Vital };
    /** Who drew the specimens. */
    enum class SamplerKind { Laboratory, HomeNurse, Ward };
    /** Where the request comes from: a prescriber outside, or a hospital ward. */
    enum class Origin { External, Ward };

    qint64 id = 0;
    int version = 0;            ///< optimistic lock counter (storage)
    QString number;             ///< lab dossier number, unique, printed ("D261205-0012")
    qint64 patientId = 0;
    DossierStatus status = DossierStatus::Registered;
    Priority priority = Priority::Routine;
    QString prescriberRpps;
    QString prescriberName;
    QString prescriberMssante;  ///< MSSanté address of the prescriber, may be empty
    QString clinicalInfo;       ///< free clinical note of the prescription
    QDate prescribedOn;         ///< date on the prescription
    QDateTime sampledAt;        ///< UTC; invalid when not yet sampled
    SamplerKind samplerKind = SamplerKind::Laboratory;
    QString samplerName;        ///< nurse or ward staff who sampled, when not the lab
    Origin origin = Origin::External;
    QString ward;               ///< ward (service) when origin is Ward
    bool reportToPrescriber = true;
    bool reportToPatient = false; ///< patient's MSSanté copy: only with a qualified INS
    bool paperCopy = false;
    QList<Correspondent> correspondents;   ///< copies, in entry order
    QMap<QString, QString> clinicalAnswers; ///< ClinicalQuestion code -> stored answer
    QString createdBy;          ///< login
    QDateTime createdAt;        ///< UTC
    QDateTime updatedAt;
};

/** "routine", "urgent", "vital" (storage, CLI, HL7 mapping). */
[[nodiscard]] QString priorityCode(Dossier::Priority p);
[[nodiscard]] std::optional<Dossier::Priority> priorityFromCode(const QString &code);
/** French label: "Normale", "Urgente", "Vitale". */
[[nodiscard]] QString priorityLabel(Dossier::Priority p);
/** "lab", "home_nurse", "ward". */
[[nodiscard]] QString samplerKindCode(Dossier::SamplerKind kind);
[[nodiscard]] std::optional<Dossier::SamplerKind> samplerKindFromCode(const QString &code);
[[nodiscard]] QString samplerKindLabel(Dossier::SamplerKind kind);
/** "external", "ward". */
[[nodiscard]] QString originCode(Dossier::Origin origin);
[[nodiscard]] std::optional<Dossier::Origin> originFromCode(const QString &code);

} // namespace sgl::domain
