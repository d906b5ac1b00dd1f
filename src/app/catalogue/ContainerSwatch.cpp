#include "app/catalogue/ContainerSwatch.h"

#include <QPainter>
#include <QPixmap>

namespace sgl::app {

QColor ContainerSwatch::capColour(const QString &code)
{
    // Keyed by the stable container code, not by the (translated) colour name.
    static const QList<std::pair<const char *, QColor>> colours{
        {"SEC", QColor(0xE8, 0xB9, 0x23)},   // jaune (or)
        {"SECSG", QColor(0xC6, 0x28, 0x28)}, // rouge
        {"HEP", QColor(0x2E, 0x7D, 0x32)},   // vert
        {"EDTA", QColor(0x7B, 0x1F, 0xA2)},  // violet
        {"CIT", QColor(0x64, 0xB5, 0xF6)},   // bleu clair
        {"FLU", QColor(0x9E, 0x9E, 0x9E)},   // gris
    };
    for (const auto &[c, colour] : colours)
        if (code == QLatin1String(c))
            return colour;
    return {};
}

QIcon ContainerSwatch::icon(const QString &code)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor colour = capColour(code);
    painter.setPen(QColor(0x42, 0x42, 0x42));
    painter.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRect(2, 2, 11, 11);
    return QIcon(pixmap);
}

QString ContainerSwatch::describe(const domain::ContainerType &type)
{
    if (!capColour(type.code).isValid())
        return type.label;
    return tr("%1 — bouchon %2").arg(type.label, type.capColour);
}

} // namespace sgl::app
