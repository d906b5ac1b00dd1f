#include "domain/lab/LabelGeometry.h"

#include <algorithm>

namespace sgl::domain {

namespace {

using F = LabelField;

QList<F> shown(const LabelLayout &layout, std::initializer_list<F> fields)
{
    QList<F> out;
    for (F f : fields)
        if (layout.shows(f))
            out << f;
    return out;
}

} // namespace

LabelGeometry LabelGeometry::compute(const LabelLayout &layout, SymbolExtent extent, double moduleMm)
{
    LabelGeometry g;
    const auto &m = layout.marginsMm;
    const double left = m.left;
    const double width = layout.widthMm - m.left - m.right;
    const double line = layout.lineHeightMm;
    double y = m.top;

    auto addLine = [&](QList<F> l, QList<F> r, bool boldLeft, bool boldRight, bool reverseRight) {
        if (l.isEmpty() && r.isEmpty())
            return;
        TextLine t;
        t.rectMm = QRectF(left, y, width, line);
        t.left = std::move(l);
        t.right = std::move(r);
        t.boldLeft = boldLeft;
        t.boldRight = boldRight;
        t.reverseRight = reverseRight;
        g.m_lines << t;
        y += line;
    };

    addLine(shown(layout, {F::PatientName}), shown(layout, {F::Priority}), true, true, true);
    addLine(shown(layout, {F::UsedName}), {}, false, false, false);
    addLine(shown(layout, {F::BirthDate, F::Sex}), shown(layout, {F::DossierNumber}), false, true, false);

    const double bandTop = y;
    const double bars = layout.barcodeHeightMm;
    const double module = moduleMm > 0 ? moduleMm : layout.effectiveModuleMm();
    const double quiet = layout.quietZoneModules() * module;
    const bool matrix = layout.symbology == LabelLayout::Symbology::DataMatrix;
    const double symbolWidth = extent.columns * module;
    const double symbolHeight = matrix ? extent.rows * module : bars;
    g.m_band = QRectF(left, bandTop, width, BandGapMm + bars + BandGapMm);
    y = g.m_band.bottom();

    if (matrix) {
        // Left of the band, one quiet zone in from the label edge when the margin is narrower.
        const double x = std::max(left, quiet);
        const double top = bandTop + (g.m_band.height() - symbolHeight) / 2;
        if (extent.columns > 0)
            g.m_symbol = QRectF(x, top, symbolWidth, symbolHeight);
        if (layout.shows(F::BarcodeText)) {
            // Beside the symbol, past its quiet zone and at least one gap away.
            const double textLeft = x + symbolWidth + std::max(quiet, BandGapMm);
            TextLine t;
            t.rectMm = QRectF(textLeft, bandTop + (g.m_band.height() - line) / 2,
                              std::max(0.0, left + width - textLeft), line);
            t.left = {F::BarcodeText};
            g.m_lines << t;
        }
    } else {
        if (extent.columns > 0)
            g.m_symbol = QRectF(left + (width - symbolWidth) / 2, bandTop + BandGapMm, symbolWidth, bars);
        if (layout.shows(F::BarcodeText)) {
            // Human-readable text right under the bars (the band's lower gap is enough).
            TextLine t;
            t.rectMm = QRectF(left, bandTop + BandGapMm + bars, width, line);
            t.left = {F::BarcodeText};
            t.centred = true;
            g.m_lines << t;
            y = t.rectMm.bottom();
        }
    }

    addLine(shown(layout, {F::Container}), shown(layout, {F::SpecimenType}), false, false, false);
    addLine(shown(layout, {F::SamplingTime}), shown(layout, {F::CopyIndex}), false, false, false);
    g.m_requiredHeight = y + m.bottom;
    return g;
}

} // namespace sgl::domain
