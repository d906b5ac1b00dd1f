#include "interop/labels/LabelSheet.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/Tr.h"

namespace sgl::interop::labels {

namespace {

constexpr double Tolerance = 1e-9;

QString mm(double v)
{
    return QString::number(v, 'g', 6).replace(u'.', u',');
}

} // namespace

QPointF LabelSheet::positionMm(int index) const
{
    const int row = columns > 0 ? index / columns : 0;
    const int column = columns > 0 ? index % columns : 0;
    return {originMm.x() + column * pitchMm.width(), originMm.y() + row * pitchMm.height()};
}

domain::Status LabelSheet::validate(const domain::LabelLayout &layout) const
{
    if (rows < 1 || columns < 1)
        return domain::fail(errc::SheetInvalid,
                            Tr::tr("Planche de %1 ligne(s) × %2 colonne(s) : il faut au moins une ligne et une colonne.")
                                .arg(rows)
                                .arg(columns),
                            rows < 1 ? QStringLiteral("rows") : QStringLiteral("columns"));
    if ((columns > 1 && pitchMm.width() + Tolerance < layout.widthMm)
        || (rows > 1 && pitchMm.height() + Tolerance < layout.heightMm))
        return domain::fail(errc::SheetInvalid,
                            Tr::tr("Pas de la planche %1 × %2 mm plus petit que l'étiquette (%3 × %4 mm) : les "
                                   "étiquettes se chevaucheraient.")
                                .arg(mm(pitchMm.width()), mm(pitchMm.height()), mm(layout.widthMm), mm(layout.heightMm)),
                            QStringLiteral("pitchMm"));
    const QPointF last = positionMm(labelsPerPage() - 1);
    const double right = last.x() + layout.widthMm;
    const double bottom = last.y() + layout.heightMm;
    if (originMm.x() < 0 || originMm.y() < 0 || right > pageMm.width() + Tolerance
        || bottom > pageMm.height() + Tolerance)
        return domain::fail(errc::SheetInvalid,
                            Tr::tr("Planche de %1 ligne(s) × %2 colonne(s) trop grande pour la page de %3 × %4 mm : la "
                                   "dernière étiquette finirait à %5 mm en largeur et %6 mm en hauteur.")
                                .arg(rows)
                                .arg(columns)
                                .arg(mm(pageMm.width()), mm(pageMm.height()), mm(right), mm(bottom)),
                            QStringLiteral("originMm"));
    return {};
}

} // namespace sgl::interop::labels
