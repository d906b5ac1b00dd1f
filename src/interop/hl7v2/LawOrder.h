#pragma once

#include <QString>
#include <QStringList>

namespace sgl::interop::hl7v2 {

/** One test of a LAB-28 work order: OBR-4 code, text and coding system. */
struct LawTest {
    QString code;
    QString text;
    QString codingSystem = QStringLiteral("99SGL");
};

/** What the SGL asks an analyzer to do for one specimen (OML^O33), in plain text. */
struct LawOrder {
    QString specimenId;        ///< SPM-2.1
    QString specimenType;      ///< SPM-4.1 (table 0487: SER, BLD, PLAS...)
    QString patientId;         ///< PID-3.1 (optional)
    QStringList patientName;   ///< PID-5 components
    QString placerOrderNumber; ///< ORC-2 / OBR-2
    QString orderControl = QStringLiteral("NW"); ///< ORC-1: NW new, CA cancel, DC no work
    QString priority = QStringLiteral("R");      ///< TQ1-9
    QList<LawTest> tests;
};

} // namespace sgl::interop::hl7v2
