#pragma once

#include "domain/Error.h"

#include <QByteArray>

namespace sgl::interop::cda {

/**
 * Gets the PDF a CR-BIO carries, for the viewer (Qt PDF) and for re-sending: the
 * FR-Document-PDF-copie media of an N3, or the nonXMLBody of an N1. The CDA is parsed safely
 * (no network, entities, DTD). Errors: cda.malformed, cda.not_cda, cda.not_pdf (no PDF, or
 * bytes that are not a PDF).
 */
class CdaPdfExtractor {
public:
    [[nodiscard]] static domain::Result<QByteArray> extract(const QByteArray &cda);
};

} // namespace sgl::interop::cda
