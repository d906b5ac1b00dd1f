#include "app/analyzers/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit)), m_reason(new QLineEdit(this)), m_error(new QLabel(this)),
      m_layout(new QVBoxLayout(this))
{
    setWindowTitle(title);
    setMinimumWidth(480);
    QVBoxLayout *layout = m_layout;
    auto *text = new QLabel(prompt, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *label = new QLabel(tr("&Motif :"), this);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("obligatoire, conservé dans l'historique"));
    layout->addWidget(m_reason);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Valider"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Annuler"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReasonDialog::addOptions(QWidget *options)
{
    options->setParent(this);
    m_layout->insertWidget(m_optionsAt++, options);
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString ReasonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReasonDialog::accept()
{
    if (m_submit) {
        if (auto done = m_submit(reason()); !done) {
            m_error->setText(done.error().message);
            m_error->show();
            m_reason->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sgl::app
