#pragma once

#include <QString>
#include <QStringList>

namespace sgl::interop::gateway {

/**
 * What the host asks an instrument to run on one tube, protocol-neutral: the connection writes
 * it as ASTM P + O records (astm::RecordWriter) or as an OML^O33 (hl7v2::LawMessageBuilder).
 * No patient name is ever sent.
 */
struct HostOrder {
    QString specimenId;     ///< the tube's barcode (O-3 / SPM-2)
    QString placerNumber;   ///< the dossier number (P-4 / ORC-2)
    QString patientId;      ///< P-3 / PID-3
    QString sex;            ///< F, M, U
    QString birthDate;      ///< yyyyMMdd or empty
    QString priority = QStringLiteral("R"); ///< R routine, S urgent
    QString specimenType;   ///< O-16 / SPM-4
    QStringList testCodes;  ///< the instrument's own test codes
};

} // namespace sgl::interop::gateway
