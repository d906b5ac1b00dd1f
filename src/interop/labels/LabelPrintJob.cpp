#include "interop/labels/LabelPrintJob.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/LabelEncoder.h"
#include "interop/labels/LabelPainter.h"
#include "interop/labels/Tr.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

namespace sgl::interop::labels {

LabelPrintJob::LabelPrintJob(domain::LabelLayout layout)
    : m_layout(std::move(layout))
{
}

domain::Status LabelPrintJob::print(QPrinter &printer, const QList<domain::TubeLabel> &labels,
                                    const QString &jobName) const
{
    const LabelPainter painter(m_layout);
    auto prepared = LabelEncoder::prepareAll(m_layout, labels);
    if (!prepared)
        return std::unexpected(prepared.error());
    const QList<BarcodeSymbol> &symbols = *prepared;

    const double w = m_layout.widthMm;
    const double h = m_layout.heightMm;
    const QPageSize size(QSizeF(std::min(w, h), std::max(w, h)), QPageSize::Millimeter, QString(),
                         QPageSize::ExactMatch);
    const QPageLayout page(size, w > h ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                           QPageLayout::Millimeter);
    printer.setFullPage(true);
    if (!printer.setPageLayout(page))
        return domain::fail(errc::PrintFailed,
                            Tr::tr("L'imprimante « %1 » refuse le format d'étiquette %2 × %3 mm.")
                                .arg(printer.printerName())
                                .arg(w)
                                .arg(h),
                            QStringLiteral("widthMm"));
    printer.setCopyCount(1);
    printer.setDocName(jobName);

    QPainter p;
    if (!p.begin(&printer))
        return domain::fail(errc::PrintFailed,
                            Tr::tr("Impossible de démarrer l'impression des étiquettes sur « %1 ».")
                                .arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0 && !printer.newPage()) {
            p.end();
            return domain::fail(errc::PrintFailed, Tr::tr("L'imprimante a refusé la page de l'étiquette %1.").arg(i + 1));
        }
        painter.paint(p, labels[i], symbols[i], {});
    }
    if (!p.end())
        return domain::fail(errc::PrintFailed, Tr::tr("L'impression des étiquettes n'a pas pu être terminée."));
    return {};
}

} // namespace sgl::interop::labels
