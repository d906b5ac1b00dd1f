#include "domain/audit/AuditChain.h"

#include "domain/Tr.h"

#include <QCryptographicHash>

namespace sgl::domain {

const QString AuditChain::kGenesisHash = QString(64, QLatin1Char('0'));

namespace {
void addField(QCryptographicHash &h, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    h.addData(QByteArray::number(utf8.size()));
    h.addData(QByteArrayView(":"));
    h.addData(utf8);
}

} // namespace

QString AuditChain::computeHash(const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, e.prevHash);
    addField(h, QString::number(e.seq));
    addField(h, e.at);
    addField(h, QString::number(e.actorId));
    addField(h, e.actorLogin);
    addField(h, e.workstation);
    addField(h, e.action);
    addField(h, e.entityType);
    addField(h, e.entityId);
    addField(h, e.before);
    addField(h, e.after);
    return QString::fromLatin1(h.result().toHex());
}

void AuditChain::feed(const AuditEntry &e)
{
    ++m_rows;
    if (e.seq > m_lastSeq + 1) {
        const qint64 first = m_lastSeq + 1;
        const qint64 last = e.seq - 1;
        m_problems << Problem{first, QStringLiteral("deleted"),
                              first == last ? Tr::tr("Ligne %1 supprimée.").arg(first)
                                            : Tr::tr("Lignes %1 à %2 supprimées.").arg(first).arg(last)};
    }
    if (e.prevHash != m_lastHash && e.seq == m_lastSeq + 1)
        m_problems << Problem{e.seq, QStringLiteral("broken_link"),
                              Tr::tr("Ligne %1 : le chaînage avec la ligne précédente est rompu.")
                                  .arg(e.seq)};
    if (computeHash(e) != e.hash)
        m_problems << Problem{e.seq, QStringLiteral("modified"),
                              Tr::tr("Ligne %1 modifiée après son écriture (%2 %3 %4 par %5, %6).")
                                  .arg(e.seq)
                                  .arg(e.action, e.entityType, e.entityId, e.actorLogin, e.at)};
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
}

void AuditChain::finish(qint64 headSeq, const QString &headHash)
{
    if (headSeq > m_lastSeq) {
        const qint64 first = m_lastSeq + 1;
        m_problems << Problem{first, QStringLiteral("truncated"),
                              first == headSeq
                                  ? Tr::tr("Ligne %1 (la dernière) supprimée.").arg(first)
                                  : Tr::tr("Lignes %1 à %2 (les dernières) supprimées.")
                                        .arg(first)
                                        .arg(headSeq)};
    } else if (headSeq < m_lastSeq || headHash != m_lastHash) {
        m_problems << Problem{m_lastSeq, QStringLiteral("broken_link"),
                              Tr::tr("La fin de la piste d'audit ne correspond pas à la dernière "
                                 "écriture enregistrée (ligne %1).")
                                  .arg(m_lastSeq)};
    }
}

} // namespace sgl::domain
