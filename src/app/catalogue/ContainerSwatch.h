#pragma once

#include "domain/catalogue/ContainerType.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace sgl::app {

/**
 * How a built-in container type is shown: its cap colour as a small swatch (the colours of the
 * EN 14820 code used by French labs) and a one-line description "Tube EDTA — bouchon violet".
 * Containers without a coloured cap (urine flask, pot, syringe) get no colour.
 */
class ContainerSwatch {
    Q_DECLARE_TR_FUNCTIONS(sgl::app::ContainerSwatch)
public:
    /** The cap colour of container type `code`, invalid when it has none or is unknown. */
    [[nodiscard]] static QColor capColour(const QString &code);
    /** A 16×16 swatch of the cap colour (framed), an empty frame when there is none. */
    [[nodiscard]] static QIcon icon(const QString &code);
    /** "Tube EDTA — bouchon violet", or the label alone when the cap has no colour. */
    [[nodiscard]] static QString describe(const domain::ContainerType &type);
};

} // namespace sgl::app
