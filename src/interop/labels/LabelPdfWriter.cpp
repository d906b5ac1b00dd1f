#include "interop/labels/LabelPdfWriter.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/LabelEncoder.h"
#include "interop/labels/LabelPainter.h"
#include "interop/labels/Tr.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace sgl::interop::labels {

LabelPdfWriter::LabelPdfWriter(domain::LabelLayout layout)
    : m_layout(std::move(layout))
{
}

domain::Result<QByteArray> LabelPdfWriter::write(const QList<domain::TubeLabel> &labels) const
{
    return render(labels, nullptr);
}

domain::Result<QByteArray> LabelPdfWriter::write(const QList<domain::TubeLabel> &labels, const LabelSheet &sheet) const
{
    if (auto ok = sheet.validate(m_layout); !ok)
        return std::unexpected(ok.error());
    return render(labels, &sheet);
}

domain::Result<QByteArray> LabelPdfWriter::render(const QList<domain::TubeLabel> &labels, const LabelSheet *sheet) const
{
    const LabelPainter painter(m_layout);
    auto prepared = LabelEncoder::prepareAll(m_layout, labels);
    if (!prepared)
        return std::unexpected(prepared.error());
    const QList<BarcodeSymbol> &symbols = *prepared;

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setCreator(QStringLiteral("SGL"));
    writer.setTitle(Tr::tr("Étiquettes de tubes"));
    const QSizeF pageMm = sheet ? sheet->pageMm : QSizeF(m_layout.widthMm, m_layout.heightMm);
    // Orientation follows the size as given: a 50 x 25 mm label is a landscape page.
    const QPageSize pageSize(QSizeF(std::min(pageMm.width(), pageMm.height()), std::max(pageMm.width(), pageMm.height())),
                             QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    const auto orientation = pageMm.width() > pageMm.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (!writer.setPageLayout(QPageLayout(pageSize, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter)))
        return domain::fail(errc::PdfFailed, Tr::tr("Format de page %1 × %2 mm refusé par QPdfWriter.")
                                                 .arg(pageMm.width())
                                                 .arg(pageMm.height()));
    QPainter p;
    if (!p.begin(&writer))
        return domain::fail(errc::PdfFailed, Tr::tr("Impossible de commencer le PDF des étiquettes."));
    const int perPage = sheet ? sheet->labelsPerPage() : 1;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int slot = static_cast<int>(i % perPage);
        if (i > 0 && slot == 0)
            writer.newPage();
        painter.paint(p, labels[i], symbols[i], sheet ? sheet->positionMm(slot) : QPointF());
    }
    if (!p.end())
        return domain::fail(errc::PdfFailed, Tr::tr("Impossible de terminer le PDF des étiquettes."));
    return pdf;
}

} // namespace sgl::interop::labels
