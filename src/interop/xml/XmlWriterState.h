#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

struct _xmlDoc;

namespace sgl::interop::xml {

/**
 * Internal to XmlWriter and XmlWriterElement (not for other libraries): the document under
 * construction, the first misuse and the count of replaced characters. Heap-allocated by the
 * writer so that element handles keep a stable pointer when the writer is moved.
 */
struct XmlWriterState {
    XmlWriterState();
    ~XmlWriterState();
    XmlWriterState(const XmlWriterState &) = delete;
    XmlWriterState &operator=(const XmlWriterState &) = delete;

    /** Keeps the first error only: later ones are usually consequences of it. */
    void fail(QLatin1StringView code, const QString &message, const QString &location);

    _xmlDoc *doc = nullptr;
    std::optional<domain::Error> error;
    int replaced = 0;
    /** Elements added by XmlWriterElement::addVerbatim, in order; PI "sgl-verbatim <index>" marks each place. */
    QList<QByteArray> verbatim;
};

/** Target of the processing instruction marking a verbatim element (reserved: refused for callers). */
inline constexpr const char *kVerbatimTarget = "sgl-verbatim";

} // namespace sgl::interop::xml
