import { defineRule } from '../types';
import { SRC } from './_sources';

/** The user's appointment, booking, reservation, ticket, flight or visit. */
export default defineRule({
  id: 'anchor-booking-appointment',
  category: 'UTILITY',
  kind: 'anchor',
  weight: 1,
  title: {
    en: 'Specific booking or appointment',
    es: 'Reserva o cita concretas',
    pt: 'Reserva ou consulta específicas',
  },
  description:
    "Finds references to the user's appointment, booking, reservation, ticket, flight, visit or scheduled service. These are specific to the user (Utility when nothing promotional is added).",
  source: SRC.utilitySpecific,
  suggestion: {
    en: 'Good Utility anchor ("{quote}"). Keep the booking facts (date, time, place, reference) and nothing promotional.',
    es: 'Buen ancla de Utilidad ("{quote}"). Mantén los datos de la reserva y nada promocional.',
    pt: 'Boa âncora de Utilidade ("{quote}"). Mantenha os dados da reserva e nada promocional.',
  },
  phrases: {
    xx: [
      {
        p: '(el|o|il|the|our) (tecnico|technician|installatore|instalador) ([^ ]+ ){0,2}(visitara|llegara|ira|estara|vai|ira|visitara|passera|arrivera|verra|will (visit|arrive|come|be))|(instalacion|instalacao|installazione|installation) (de|da|do|della|del|of) (tu |su |sua |seu |tua |tuo |your )?(fibra|internet|servicio|servico|linea|linha|equipo|equipamento|impianto|router|decoder|medidor|contador|contatore)',
        note: 'DERIVED: a technician visit or installation for the user is a scheduled service appointment.',
      },
      {
        p: 'agendamento|consulta|exame|laudo|resultado do exame|embarque|check-?in|turno|examen|resultados? de (tu|su|sus) (examen|analisis|estudio|prueba)|portal (de|del|do) paciente|patient portal|referto|esito|imbarco|visita (medica|tecnica)|rendez-vous|termin',
        note: 'Appointment, test-result and travel nouns; medium alone.',
        w: 0.6,
      },
      {
        p: "(tomorrow|today|tonight|amanha|hoje|manana|hoy|domani|oggi|stasera|demain|aujourd'hui|morgen|heute|besok|hari ini) (at|as|a las|alle|a|um|pukul|jam) <n>",
        note: 'A concrete time ("tomorrow at {{1}}"): a sign the message is about a specific booking; weak alone.',
        w: 0.5,
      },
    ],
    en: [
      {
        p: '(your|the|this) (recent |last |upcoming |next )?(appointment|booking|reservation|visit|stay|check-?in|flight|trip|ticket|tickets|seat|seats|table|session|class|consultation|(test|lab|exam|blood test|scan) results?|prescription|itinerary|boarding pass|service request|technician visit)',
        note: "The user's booking.",
      },
      {
        p: '(appointment|booking|reservation|flight|ticket) (number|no|#|code|id|reference|confirmation|on|at|for|is|has been|was)|flight confirmation|booking reference',
        note: 'Booking reference.',
      },
      {
        p: '(is|has been|was|were) (confirmed|rescheduled|cancell?ed|scheduled|booked)|scheduled (for|on)|(confirm|reschedule|cancel|change) (your|the|this) (appointment|booking|reservation|visit|time slot)|time slot',
        note: 'Booking status.',
      },
      {
        p: '(check-?in|boarding|departure|arrival) (time|gate|pass|opens|is)|technician (visit|will)|see you (then|on|at|tomorrow)',
        note: 'Trip and visit details.',
      },
      { p: 'reminder', note: 'Generic "Reminder:"; weak on its own.', w: 0.5 },
    ],
    es: [
      {
        p: '(tu|su) (cita|reserva|reservacion|visita|vuelo|billete|boleto|entrada|asiento|mesa|sesion|consulta|turno|receta|estancia)|(numero|codigo) de (reserva|reservacion|localizador|confirmacion de (tu|su) reserva)|localizador',
        note: "The user's booking.",
      },
      {
        p: 'se (cancelo|reprogramo|suspendio|pospuso|adelanto|cambio de horario)|(cancelo|cancelamos|reprogramo|reprogramamos|modifico|cambio) (la|tu|su) (consulta|cita|reserva|turno|clase|sesion)|(consulta|cita|turno|clase|sesion) del <n>|(cita|reserva|turno) (para|el|del|a las|confirmad~|programad~)|(ha sido|fue|esta) (confirmad~|reprogramad~|cancelad~|programad~)|(confirmar|reprogramar|cancelar) (tu|su|la) (cita|reserva|visita)|tarjeta de embarque|puerta de embarque',
        note: 'Booking status.',
      },
      { p: 'recordatorio', note: 'Generic reminder; weak.', w: 0.5 },
    ],
    pt: [
      {
        p: '(sua|seu|tua|teu) (consulta|reserva|visita|voo|passagem|bilhete|ingresso|assento|mesa|sessao|agendamento|exame|receita|estadia)',
        note: "The user's booking.",
      },
      {
        p: '(consulta|reserva|agendamento) (para|no dia|marcad~|confirmad~)|(foi|esta) (confirmad~|reagendad~|cancelad~|agendad~|marcad~)|(confirmar|reagendar|remarcar|cancelar) (sua|seu|a|o) (consulta|reserva|visita|agendamento)|cartao de embarque',
        note: 'Booking status.',
      },
      { p: 'ingresso~|assentos?|horario|lembrete', note: 'Tickets, seats, times, reminders; medium.', w: 0.6 },
      {
        p: '(sua|seu) (aula|sessao|visita tecnica|procedimento|vacina|cirurgia|atendimento)',
        note: 'A class, session or procedure the user booked.',
      },
    ],
    it: [
      {
        p: '(il tuo|la tua|il suo|la sua|tuo|tua) (appuntamento|prenotazione|visita|volo|biglietto|posto|tavolo|sessione|ricetta|soggiorno)',
        note: "The user's booking.",
      },
      {
        p: "(appuntamento|prenotazione) (per|del|confermat~|fissat~)|(e stat~) (confermat~|riprogrammat~|annullat~|cancellat~|spostat~|anticipat~|posticipat~|fissat~)|carta d'imbarco|(il|del|al|sul) volo <n>|(ti|la|vi) abbiamo riprotett~",
        note: 'Booking status.',
      },
      { p: 'promemoria', note: 'Generic reminder; weak.', w: 0.5 },
      { p: "l'appuntamento|appuntamento (di|del|per|con|fissato)", note: 'An appointment referred to directly.' },
      {
        p: "(le|ti|vi|gli) ricordiamo (la|il|l'|i|le) ?(tua |sua |vostra |vostro |tuo |suo )?(visita|appuntamento|prenotazione|controllo|esame|seduta|lezione|intervento)|visita (con|presso) (il|la|lo|l') ?(dott|dottor|dottoressa|dr|studio|centro|ambulatorio)|per (disdire|annullare|spostare|modificare) (la visita|l'appuntamento|la prenotazione|l'appuntamento)",
        note: 'Italian reminders of a specific visit ("le ricordiamo la visita con il dott. {{2}}"; "per disdire…").',
      },
    ],
    fr: [
      {
        p: '(votre|ton|ta) (rendez-vous|reservation|visite|vol|billet|place|table|seance|consultation|ordonnance|sejour)',
        note: "The user's booking.",
      },
      {
        p: "(rendez-vous|reservation) (pour|du|le|confirme~|prevu~)|(a ete|est) (confirme~|reprogramme~|annule~|prevu~)|carte d'embarquement",
        note: 'Booking status.',
      },
      { p: 'rappel', note: 'Generic reminder; weak.', w: 0.5 },
    ],
    de: [
      {
        p: '(dein|deine|ihr|ihre) (termin|buchung|reservierung|besuch|flug|ticket|sitzplatz|tisch|sitzung|rezept|aufenthalt)',
        note: "The user's booking.",
      },
      {
        p: '(termin|buchung|reservierung) (am|fur|um|bestatigt|verschoben|storniert)|(wurde|ist) (bestatigt|verschoben|storniert|gebucht)|bordkarte',
        note: 'Booking status.',
      },
      { p: 'erinnerung', note: 'Generic reminder; weak.', w: 0.5 },
    ],
    id: [
      {
        p: '(janji temu|reservasi|pemesanan|kunjungan|penerbangan|tiket|kursi|jadwal|konsultasi) (anda|kamu|mu)|konfirmasi (penerbangan|reservasi|pemesanan|janji)',
        note: "The user's booking.",
      },
      { p: '(telah|sudah) (dikonfirmasi|dijadwalkan|dibatalkan)|boarding pass', note: 'Booking status.' },
      { p: 'pengingat', note: 'Generic reminder; weak.', w: 0.5 },
    ],
    hi: [{ p: '(आपकी|आपका) (अपॉइंटमेंट|बुकिंग|टिकट|फ्लाइट|सीट|मुलाकात)|अपॉइंटमेंट|बुकिंग', note: 'Booking/appointment.' }],
    nl: [{ p: '(je|uw) (afspraak|reservering|boeking|vlucht)', note: 'Dutch booking.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Your reservation for {{1}} on {{2}} at {{3}} is confirmed.' },
      { lang: 'es', body: 'Recordatorio: Su cita en la clínica es el próximo miércoles.' },
      { lang: 'pt', body: 'Seu ingresso para *{{1}}* Horário - {{2}}' },
      { lang: 'it', body: 'La tua prenotazione per {{1}} è confermata.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Looking for a getaway? Our newest resort just opened.' },
      { lang: 'pt', body: 'Aproveite 20% de desconto.' },
    ],
  },
});
