#pragma once

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/** One tube/container of a dossier, identified by its barcode. */
struct Specimen {
    enum class Status { Expected, Received, Rejected };

    qint64 id = 0;
    qint64 dossierId = 0;
    QString barcode;            ///< unique label printed on the tube (BarcodeScheme, with check character)
    QString containerCode;      ///< ContainerType::code ("EDTA"); empty for specimens recorded before 0400
    QString typeCode;           ///< specimen type (SNOMED CT / HL7 0487, e.g. "BLD", "SER")
    QString typeLabel;          ///< "Sang veineux"
    Status status = Status::Expected;
    QString rejectionReason;    ///< required when Rejected
    QDateTime collectedAt;      ///< UTC
    QDateTime receivedAt;       ///< UTC, set at reception
    QString receivedBy;         ///< login of who scanned it at reception
    int labelPrints = 0;        ///< labels printed so far (first print and reprints)
};

[[nodiscard]] QString specimenStatusCode(Specimen::Status status);
[[nodiscard]] bool specimenStatusFromCode(const QString &code, Specimen::Status *out);

} // namespace sgl::domain
