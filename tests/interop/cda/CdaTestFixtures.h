#pragma once

#include "domain/report/ReportContent.h"

#include <QByteArray>

namespace sgl::test {

/** A small but valid one-page PDF built in memory (correct xref offsets). */
QByteArray minimalPdf(const QString &title = QStringLiteral("Compte rendu"));

/** Synthetic qualified patient with an INS-NIR test OID and every INS trait. */
domain::Patient qualifiedPatient();

/** The synthetic patient of the ANS CR-BIO examples (PAT-TROIS, INS-NIR test OID). */
domain::Patient ansPatient();

/** A complete, valid CR-BIO content (NIR patient, hematology + biochemistry). */
domain::ReportContent sampleReport();

/** A report with `count` numeric results spread over chapters (size scenarios, benchmark). */
domain::ReportContent largeReport(int count);

} // namespace sgl::test
