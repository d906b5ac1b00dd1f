#pragma once

// Synthetic tube labels and helpers for the labels tests and benchmark (no real person).

#include "domain/lab/LabelLayout.h"
#include "domain/lab/TubeLabel.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QSizeF>

namespace sgl::interop::labels::testing {

/** Starts a QGuiApplication (offscreen) once: text drawing needs Qt's font database. */
void ensureGuiApp();

/** DURAND Claire, born 12/03/1985, dossier D2026-000123, tube T26000123K (Tube sec, Sérum). */
domain::TubeLabel claire();

/** LEFÈVRE (used name MÜLLER) Hélène-Agnès, partial birth date 1975-00-00, urgent, tube T26000124B. */
domain::TubeLabel helene();

/** `count` labels, numbered dossiers and barcodes (T26000001..), alternating the two above. */
QList<domain::TubeLabel> many(int count);

/** DataMatrix layout whose 14 x 14 symbol (0.5 mm modules) fits an 8 mm band. */
domain::LabelLayout dataMatrixLayout();

/** True when every pixel of `image` outside `inside` is white. */
bool whiteOutside(const QImage &image, const QRect &inside);

/** Page sizes in points as poppler's pdfinfo reads them; empty (and a failure) when it cannot. */
QList<QSizeF> pdfPageSizes(const QByteArray &pdf);

/** True when every pixel of `image` is white. */
bool allWhite(const QImage &image);

} // namespace sgl::interop::labels::testing
