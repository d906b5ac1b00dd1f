#pragma once

#include <QString>
#include <QStringList>

namespace sgl::simulators::analyzer {

/** What the host said in one HL7 message addressed to the analyzer. */
struct LawAnswer {
    QString messageType;  ///< MSH-9.1^MSH-9.2 ("RSP^K11", "OML^O33", "ACK^R22")
    QString ackCode;      ///< MSA-1 (AA, AE, AR, CA...)
    QString queryStatus;  ///< QAK-2 (OK, NF)
    QString specimenId;   ///< OML: SPM-2.1
    QString orderControl; ///< OML: first ORC-1 (NW, DC...)
    QStringList tests;    ///< OBR-4.1 of every OBR (RSP or OML)
};

} // namespace sgl::simulators::analyzer
