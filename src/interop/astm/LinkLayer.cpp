#include "interop/astm/LinkLayer.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Tr.h"

namespace sgl::interop::astm {

namespace {

using Severity = LinkEvent::Severity;

QString frameLocation(int index, char fn)
{
    const QString fnText = (fn >= 0x20 && fn < 0x7F) ? QString(QChar::fromLatin1(fn))
                                                     : QStringLiteral("0x%1").arg(static_cast<unsigned char>(fn), 2, 16, QLatin1Char('0'));
    return QStringLiteral("frame %1, FN %2").arg(index).arg(fnText);
}

} // namespace

LinkLayer::LinkLayer(const Clock &clock, LinkOptions options)
    : m_clock(clock), m_options(options), m_scanner(options.maxReceivedFrameBytes)
{
}

// ---- plumbing -------------------------------------------------------------------------------

void LinkLayer::write(QByteArray bytes)
{
    if (m_observer)
        m_observer(TrafficDirection::Sent, bytes, now());
    m_output.append(bytes);
}

void LinkLayer::event(QLatin1StringView code, Severity severity, QString message, QString location)
{
    m_events.append(LinkEvent{QString(code), std::move(message), std::move(location),
                              severity, now()});
}

void LinkLayer::startTimer(Timer timer, qint64 ms)
{
    m_timer = timer;
    m_deadline = now() + ms;
}

QByteArray LinkLayer::takeOutput() { return std::exchange(m_output, {}); }
QList<LinkDelivery> LinkLayer::takeDeliveries() { return std::exchange(m_deliveries, {}); }
QList<LinkEvent> LinkLayer::takeEvents() { return std::exchange(m_events, {}); }
QList<SendOutcome> LinkLayer::takeSendOutcomes() { return std::exchange(m_outcomes, {}); }

std::optional<qint64> LinkLayer::nextDeadline() const
{
    if (m_timer != Timer::None)
        return m_deadline;
    if (m_state == LinkState::Neutral && !m_queue.empty())
        return std::max(m_holdOffUntil, now());
    return std::nullopt;
}

void LinkLayer::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_observer)
        m_observer(TrafficDirection::Received, bytes, now());
    QList<ScannedItem> items;
    m_scanner.feed(bytes, items);
    for (const ScannedItem &item : items)
        process(item);
}

void LinkLayer::process(const ScannedItem &item)
{
    switch (item.kind) {
    case ScannedItem::Kind::Control: onControl(item.control); break;
    case ScannedItem::Kind::Frame: onFrame(item); break;
    case ScannedItem::Kind::TruncatedFrame: onTruncated(item); break;
    case ScannedItem::Kind::StrayBytes: onStray(item.size); break;
    }
}

void LinkLayer::onStray(qsizetype count)
{
    event(errc::StrayBytes, Severity::Warning,
          Tr::tr("%1 octet(s) hors trame ignoré(s).").arg(count));
}

void LinkLayer::onTruncated(const ScannedItem &item)
{
    event(errc::TruncatedFrame, Severity::Warning,
          Tr::tr("Trame interrompue après %1 octet(s) : ignorée.").arg(item.size),
          frameLocation(m_framesInTransfer + 1, item.frameNumber));
}

// ---- timers ---------------------------------------------------------------------------------

void LinkLayer::handleTimers()
{
    if (m_timer != Timer::None && now() >= m_deadline) {
        const Timer fired = std::exchange(m_timer, Timer::None);
        if (fired == Timer::Receive && m_state == LinkState::Receiving) {
            event(errc::ReceiveTimeout, Severity::Error,
                  Tr::tr("Aucune trame ni EOT reçue pendant %1 s : transfert abandonné.")
                      .arg(m_options.receiveTimeoutMs / 1000.0));
            endReceiving(false);
        } else if (fired == Timer::Reply && m_state == LinkState::WaitingEnqReply) {
            event(errc::ReplyTimeout, Severity::Warning,
                  Tr::tr("Pas de réponse à ENQ en %1 s : nouvel essai plus tard.")
                      .arg(m_options.replyTimeoutMs / 1000.0));
            write(ctl::EOT);
            toNeutral(m_options.replyTimeoutRetryMs);
        } else if (fired == Timer::Reply && m_state == LinkState::WaitingFrameReply) {
            event(errc::ReplyTimeout, Severity::Error,
                  Tr::tr("Pas de réponse à la trame en %1 s : message abandonné.")
                      .arg(m_options.replyTimeoutMs / 1000.0),
                  frameLocation(m_frameIndex + 1, static_cast<char>('0' + m_sendFn)));
            write(ctl::EOT);
            failCurrent(errc::ReplyTimeout);
            toNeutral(m_options.replyTimeoutRetryMs);
        }
    }
    tryStartSending();
}

void LinkLayer::toNeutral(qint64 holdOffMs)
{
    m_state = LinkState::Neutral;
    m_timer = Timer::None;
    if (holdOffMs > 0)
        m_holdOffUntil = std::max(m_holdOffUntil, now() + holdOffMs);
}

// ---- receiving ------------------------------------------------------------------------------

void LinkLayer::enterReceiving()
{
    m_state = LinkState::Receiving;
    m_haveLastFrame = false;
    m_lastFn = 0;
    m_lastText.clear();
    m_partial.clear();
    m_framesInTransfer = 0;
    startTimer(Timer::Receive, m_options.receiveTimeoutMs);
    event(errc::TransferStarted, Severity::Info, Tr::tr("Début de transfert de l'analyseur."));
}

void LinkLayer::endReceiving(bool clean)
{
    const bool partial = !m_partial.isEmpty();
    if (partial) {
        event(errc::PartialMessageDiscarded, Severity::Error,
              Tr::tr("Message incomplet (%1 octet(s) sans ETX) écarté.").arg(m_partial.size()));
    }
    m_partial.clear();
    m_deliveries.append(LinkDelivery{clean && !partial ? LinkDelivery::Kind::EndOfTransfer
                                                        : LinkDelivery::Kind::TransferAborted,
                                     {}});
    if (clean)
        event(errc::TransferEnded, Severity::Info, Tr::tr("Fin de transfert (%1 trame(s)).").arg(m_framesInTransfer));
    toNeutral(0);
}

void LinkLayer::onControl(char c)
{
    switch (m_state) {
    case LinkState::Neutral:
        if (c == ctl::ENQ) {
            if (m_busy) {
                event(errc::BusyRefused, Severity::Info, Tr::tr("ENQ refusé (occupé) : NAK."));
                write(ctl::NAK);
                return;
            }
            write(ctl::ACK);
            enterReceiving();
        } else {
            onStray(1);
        }
        return;
    case LinkState::Receiving:
        if (c == ctl::EOT) {
            endReceiving(true);
            tryStartSending();
        } else if (c == ctl::ENQ) {
            // The sender believes the line is neutral (our ACK was lost): start over.
            if (!m_partial.isEmpty())
                event(errc::PartialMessageDiscarded, Severity::Error,
                      Tr::tr("ENQ reçu en cours de message : message incomplet écarté."));
            m_deliveries.append(LinkDelivery{m_partial.isEmpty() ? LinkDelivery::Kind::EndOfTransfer
                                                                 : LinkDelivery::Kind::TransferAborted, {}});
            write(ctl::ACK);
            enterReceiving();
        } else {
            onStray(1);
        }
        return;
    case LinkState::WaitingEnqReply:
        if (c == ctl::ACK) {
            m_state = LinkState::WaitingFrameReply;
            m_sendFn = 1;
            m_frameIndex = 0;
            m_attempts = 0;
            sendCurrentFrame();
        } else if (c == ctl::NAK) {
            event(errc::ReceiverBusy, Severity::Warning,
                  Tr::tr("Le destinataire est occupé (NAK à ENQ) : nouvel essai dans %1 s.")
                      .arg(m_options.busyRetryMs / 1000.0));
            toNeutral(m_options.busyRetryMs);
        } else if (c == ctl::ENQ) {
            if (m_options.role == LinkRole::Host) {
                event(errc::Contention, Severity::Info,
                      Tr::tr("Contention : l'instrument est prioritaire, nouvel essai dans %1 s.")
                          .arg(m_options.contentionRetryMs / 1000.0));
                toNeutral(m_options.contentionRetryMs);
            } else {
                event(errc::Contention, Severity::Info,
                      Tr::tr("Contention : l'instrument garde la main et renvoie ENQ."));
                toNeutral(m_options.instrumentContentionRetryMs);
            }
        } else {
            onStray(1);
        }
        return;
    case LinkState::WaitingFrameReply:
        if (c == ctl::ACK)
            onFrameAccepted(false);
        else if (c == ctl::EOT)
            onFrameAccepted(true);
        else if (c == ctl::NAK)
            onFrameRefused();
        else
            onStray(1);
        return;
    }
}

bool LinkLayer::checkFrame(const ScannedItem &frame, const QString &where)
{
    QLatin1StringView code;
    QString message;
    if (frame.tooLarge) {
        code = errc::FrameTooLarge;
        message = Tr::tr("Trame de %1 octets, au-delà de la limite de %2 : refusée.")
                      .arg(frame.size).arg(m_options.maxReceivedFrameBytes);
    } else if (!frame.checksumPresent) {
        code = errc::MalformedChecksum;
        message = Tr::tr("Somme de contrôle absente ou non hexadécimale après ETX/ETB : trame refusée.");
    } else if (!frame.checksumMatches) {
        code = errc::BadChecksum;
        message = Tr::tr("Somme de contrôle fausse : trame refusée.");
    } else if (frame.frameNumber < '0' || frame.frameNumber > '7') {
        code = errc::BadFrameNumber;
        message = Tr::tr("Numéro de trame invalide (chiffre 0 à 7 attendu) : trame refusée.");
    } else if (frame.restrictedCharacter) {
        code = errc::RestrictedCharacter;
        message = Tr::tr("Caractère de contrôle interdit dans le texte de la trame : trame refusée.");
    }
    if (code.isEmpty())
        return true;
    event(code, Severity::Error, message, where);
    write(ctl::NAK);
    startTimer(Timer::Receive, m_options.receiveTimeoutMs);
    return false;
}

void LinkLayer::onFrame(const ScannedItem &frame)
{
    if (m_state == LinkState::Neutral && m_options.acceptFramesWithoutEnq) {
        event(errc::FrameWithoutEnq, Severity::Warning,
              Tr::tr("Trame reçue sans ENQ préalable : transfert ouvert implicitement."));
        enterReceiving();
    }
    if (m_state != LinkState::Receiving) {
        onStray(frame.size);
        return;
    }
    const QString where = frameLocation(m_framesInTransfer + 1, frame.frameNumber);
    if (!checkFrame(frame, where))
        return;
    if (frame.checksumLowercase)
        event(errc::LowercaseChecksum, Severity::Warning,
              Tr::tr("Somme de contrôle en minuscules (majuscules attendues) : acceptée."), where);
    if (frame.lineFeed)
        event(errc::LineFeedInFrame, Severity::Warning,
              Tr::tr("Saut de ligne (LF) dans le texte de la trame : accepté."), where);

    const int fn = frame.frameNumber - '0';
    const int expected = m_haveLastFrame ? (m_lastFn + 1) % 8 : 1;
    const bool strict = m_options.frameNumbers == FrameNumberPolicy::Strict;
    if (m_haveLastFrame && fn == m_lastFn) {
        const bool same = frame.text == m_lastText;
        if (same || strict) {
            event(same ? errc::DuplicateFrame : errc::DuplicateFrameDiffers,
                  same ? Severity::Info : Severity::Warning,
                  same ? Tr::tr("Trame répétée (même numéro) : acquittée et ignorée.")
                       : Tr::tr("Trame au numéro de la précédente mais au contenu différent : "
                                "traitée comme une retransmission (E1381), acquittée et ignorée."),
                  where);
            write(ctl::ACK);
            startTimer(Timer::Receive, m_options.receiveTimeoutMs);
            return;
        }
    }
    if (fn != expected) {
        if (strict) {
            event(errc::BadFrameNumber, Severity::Error,
                  Tr::tr("Numéro de trame %1 reçu, %2 attendu : trame refusée.").arg(fn).arg(expected), where);
            write(ctl::NAK);
            startTimer(Timer::Receive, m_options.receiveTimeoutMs);
            return;
        }
        event(errc::FrameOutOfSequence, Severity::Warning,
              Tr::tr("Numéro de trame %1 reçu, %2 attendu : accepté (tolérance du profil).").arg(fn).arg(expected),
              where);
    }
    acceptFrame(frame, fn);
}

void LinkLayer::acceptFrame(const ScannedItem &frame, int fn)
{
    ++m_framesInTransfer;
    m_haveLastFrame = true;
    m_lastFn = fn;
    m_lastText = frame.text;
    m_partial.append(frame.text);
    if (frame.last)
        m_deliveries.append(LinkDelivery{LinkDelivery::Kind::Message, std::exchange(m_partial, {})});
    if (m_interruptRequested) {
        m_interruptRequested = false;
        write(ctl::EOT);
    } else {
        write(ctl::ACK);
    }
    startTimer(Timer::Receive, m_options.receiveTimeoutMs);
}

void LinkLayer::connectionLost()
{
    m_scanner.reset();
    if (m_state == LinkState::Receiving) {
        event(errc::ConnectionLost, Severity::Error, Tr::tr("Connexion perdue pendant un transfert."));
        endReceiving(false);
    }
    if (!m_queue.empty()) {
        if (m_state != LinkState::Neutral)
            event(errc::ConnectionLost, Severity::Error, Tr::tr("Connexion perdue pendant un envoi."));
        while (!m_queue.empty())
            failCurrent(errc::ConnectionLost);
    }
    toNeutral(0);
}

void LinkLayer::endOfInput()
{
    QList<ScannedItem> items;
    m_scanner.finish(items);
    for (const ScannedItem &item : items)
        process(item);
    if (m_state == LinkState::Receiving)
        endReceiving(true);
}

// ---- sending --------------------------------------------------------------------------------

domain::Result<quint64> LinkLayer::send(QByteArray message)
{
    if (message.isEmpty())
        return domain::fail(errc::EmptyMessage, Tr::tr("Message vide : rien à envoyer."));
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (ctl::isRestricted(c) || c == ctl::LF) {
            return domain::fail(errc::RestrictedCharacterInText,
                                Tr::tr("Caractère de contrôle 0x%1 interdit dans un message ASTM.")
                                    .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')),
                                QStringLiteral("offset %1").arg(i));
        }
    }
    Outgoing out{m_nextId++, FrameCodec::split(message, m_options.maxFrameText, m_options.sendFraming)};
    const quint64 id = out.id;
    m_queue.push_back(std::move(out));
    tryStartSending();
    return id;
}

void LinkLayer::tryStartSending()
{
    if (m_state != LinkState::Neutral || m_queue.empty() || now() < m_holdOffUntil)
        return;
    write(ctl::ENQ);
    m_state = LinkState::WaitingEnqReply;
    startTimer(Timer::Reply, m_options.replyTimeoutMs);
}

void LinkLayer::sendCurrentFrame()
{
    const FrameText &frame = m_queue.front().frames.at(m_frameIndex);
    ++m_attempts;
    write(FrameCodec::buildFrame(m_sendFn, frame.text, frame.last));
    startTimer(Timer::Reply, m_options.replyTimeoutMs);
}

void LinkLayer::onFrameAccepted(bool interrupted)
{
    Outgoing &current = m_queue.front();
    ++m_frameIndex;
    m_sendFn = (m_sendFn + 1) % 8;
    m_attempts = 0;
    const bool messageDone = m_frameIndex >= current.frames.size();
    if (messageDone) {
        m_outcomes.append(SendOutcome{current.id, true, {}});
        event(errc::MessageDelivered, Severity::Info, Tr::tr("Message %1 transmis.").arg(current.id));
        m_queue.pop_front();
        m_frameIndex = 0;
    }
    if (interrupted) {
        // Receiver interrupt: the peer wants the line. A half-sent message starts again whole
        // next time, since the receiver drops what it got of it.
        event(errc::ReceiverInterrupt, Severity::Info,
              Tr::tr("Le destinataire demande la ligne (EOT) : envoi suspendu."));
        m_frameIndex = 0;
        write(ctl::EOT);
        toNeutral(m_options.interruptHoldOffMs);
        return;
    }
    if (m_queue.empty()) {
        write(ctl::EOT);
        toNeutral(0);
        return;
    }
    sendCurrentFrame();
}

void LinkLayer::onFrameRefused()
{
    if (m_attempts >= m_options.maxFrameAttempts) {
        event(errc::SendAborted, Severity::Error,
              Tr::tr("Trame refusée %1 fois : message abandonné.").arg(m_attempts),
              frameLocation(m_frameIndex + 1, static_cast<char>('0' + m_sendFn)));
        write(ctl::EOT);
        failCurrent(errc::SendAborted);
        toNeutral(0);
        tryStartSending();
        return;
    }
    event(errc::FrameRefused, Severity::Warning, Tr::tr("Trame refusée (NAK) : nouvel envoi."),
          frameLocation(m_frameIndex + 1, static_cast<char>('0' + m_sendFn)));
    sendCurrentFrame();
}

void LinkLayer::failCurrent(QLatin1StringView code)
{
    if (m_queue.empty())
        return;
    m_outcomes.append(SendOutcome{m_queue.front().id, false, QString(code)});
    m_queue.pop_front();
    m_frameIndex = 0;
    m_attempts = 0;
}

} // namespace sgl::interop::astm
