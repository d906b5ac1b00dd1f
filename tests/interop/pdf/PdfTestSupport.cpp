#include "PdfTestSupport.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QTemporaryFile>

namespace sgl::interop::pdf::testing {

struct RenderedPdf::Impl {
    QByteArray bytes;
    QBuffer buffer;
    QPdfDocument document;
};

RenderedPdf::RenderedPdf(const QByteArray &pdf) : m_impl(new Impl)
{
    m_impl->bytes = pdf;
    m_impl->buffer.setData(m_impl->bytes);
    m_impl->buffer.open(QIODevice::ReadOnly);
    m_impl->document.load(&m_impl->buffer);
}

RenderedPdf::~RenderedPdf()
{
    delete m_impl;
}

bool RenderedPdf::loaded() const
{
    return m_impl->document.status() == QPdfDocument::Status::Ready;
}

int RenderedPdf::pageCount() const
{
    return m_impl->document.pageCount();
}

QString RenderedPdf::text(int page) const
{
    return m_impl->document.getAllText(page).text();
}

QString RenderedPdf::allText() const
{
    QString all;
    for (int i = 0; i < pageCount(); ++i)
        all += text(i) + QLatin1Char('\n');
    return all;
}

QImage RenderedPdf::render(int page, int dpi) const
{
    const QSizeF points = m_impl->document.pagePointSize(page);
    const QSize pixels = (points * dpi / 72.0).toSize();
    QImage image = m_impl->document.render(page, pixels);
    // PDFium renders on transparent: flatten on white so the decoder sees light quiet zones.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

QImage renderWithPoppler(const QByteArray &pdf, int page, int dpi)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess process;
    const QString number = QString::number(page + 1);
    // Without an output root pdftoppm writes the image to stdout.
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                               QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                               file.fileName()});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QImage::fromData(process.readAllStandardOutput(), "PNG");
}

QString runPopplerTool(const QString &tool, const QByteArray &pdf, const QStringList &extraArgs)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(tool, QStringList(extraArgs) << file.fileName());
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace sgl::interop::pdf::testing
