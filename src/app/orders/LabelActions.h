#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sgl::app {

class OrderServices;

/**
 * The "Imprimer les étiquettes" and "Enregistrer en PDF" buttons of a dossier's tubes, through
 * workflow::orders::LabelPrinting (print recorded, reprint only with a reason asked here,
 * audited). Shows the outcome or the error under the buttons.
 */
class LabelActions : public QWidget {
    Q_OBJECT
public:
    LabelActions(OrderServices &services, QWidget *parent = nullptr);

    /** The dossier whose tubes are printed (0: buttons disabled). */
    void setDossier(qint64 dossierId, const QStringList &barcodes = {});
    /**
     * The labels as PDF bytes (records the print). A reprint uses `reprintReason`; when it is
     * empty and the labels were printed already, the user is asked for one (a blank answer cancels).
     */
    [[nodiscard]] domain::Result<QByteArray> pdf(const QString &reprintReason = {});
    /** Writes the PDF to `path`; false with the message shown on failure. */
    bool savePdf(const QString &path, const QString &reprintReason = {});
    void print();
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QPushButton *printButton() const { return m_print; }

signals:
    void printed();

private:
    /** The reason to give: `given`, nothing for a first print, or asked; nullopt when cancelled. */
    [[nodiscard]] std::optional<QString> reasonFor(const QString &given);
    void show(const QString &text, bool error);
    void saveAs();

    OrderServices &m_services;
    qint64 m_dossierId = 0;
    QStringList m_barcodes;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_message;
};

} // namespace sgl::app
