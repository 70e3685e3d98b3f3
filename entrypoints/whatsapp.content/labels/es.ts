/**
 * Spanish (es / es_MX / es_ES) WhatsApp Manager labels (data).
 * Every entry is our translation ("inferred") unless marked otherwise: check on the live site (DOM ref §8)
 * and fix the data here; the detector needs no code change.
 */
import type { LabelDictionary } from './types';

const INFERRED = 'inferred: translation of the English label, not seen on the live site';

export const ES: LabelDictionary = {
  name: [
    { text: 'Nombre', source: INFERRED },
    { text: 'Nombre de la plantilla', source: INFERRED },
    { text: 'Asigna un nombre a tu plantilla', source: INFERRED },
  ],
  language: [
    { text: 'Idioma', source: INFERRED },
    { text: 'Selecciona el idioma', source: INFERRED },
  ],
  category: [{ text: 'Categoría', source: INFERRED }],
  header: [{ text: 'Encabezado', source: INFERRED }],
  body: [{ text: 'Cuerpo', source: INFERRED }],
  footer: [{ text: 'Pie de página', source: INFERRED }],
  buttons: [{ text: 'Botones', source: INFERRED }],
  bodySamples: [
    { text: 'Ejemplos para el contenido del cuerpo', source: INFERRED },
    { text: 'Ejemplos de variables', source: INFERRED },
    { text: 'Agregar ejemplo', source: INFERRED },
  ],
  headerSamples: [{ text: 'Ejemplos para el contenido del encabezado', source: INFERRED }],
  preview: [
    { text: 'Vista previa de la plantilla', source: INFERRED },
    { text: 'Vista previa', source: INFERRED },
  ],
  marketing: [{ text: 'Marketing', source: INFERRED }],
  utility: [{ text: 'Utilidad', source: INFERRED }],
  authentication: [{ text: 'Autenticación', source: INFERRED }],
  custom: [
    { text: 'Personalizado', source: INFERRED },
    { text: 'Personalizada', source: INFERRED },
  ],
  oneTimePasscode: [
    { text: 'Código de acceso de un solo uso', source: INFERRED },
    { text: 'Contraseña de un solo uso', source: INFERRED },
  ],
  formatCarousel: [
    { text: 'Carrusel', source: INFERRED },
    { text: 'Carrusel de tarjetas multimedia', source: INFERRED },
    { text: 'Carrusel multimedia', source: INFERRED },
  ],
  formatProductCarousel: [
    { text: 'Carrusel de tarjetas de productos', source: INFERRED },
    { text: 'Carrusel de productos', source: INFERRED },
  ],
  formatLimitedTimeOffer: [
    { text: 'Oferta por tiempo limitado', source: INFERRED },
    { text: 'Oferta de tiempo limitado', source: INFERRED },
  ],
  formatCallPermission: [
    { text: 'Solicitud de permiso de llamada', source: INFERRED },
    { text: 'Solicitud de permisos de llamadas', source: INFERRED },
  ],
  formatCatalog: [{ text: 'Catálogo', source: INFERRED }],
  formatMultiProduct: [
    { text: 'Mensaje de varios productos', source: INFERRED },
    { text: 'Varios productos', source: INFERRED },
  ],
  headerNone: [{ text: 'Ninguno', source: INFERRED }],
  headerText: [{ text: 'Texto', source: INFERRED }],
  headerImage: [{ text: 'Imagen', source: INFERRED }],
  headerVideo: [
    { text: 'Video', source: INFERRED },
    { text: 'Vídeo', source: INFERRED },
  ],
  headerDocument: [{ text: 'Documento', source: INFERRED }],
  headerLocation: [{ text: 'Ubicación', source: INFERRED }],
  quickReply: [
    { text: 'Respuesta rápida', source: INFERRED },
    { text: 'Respuestas rápidas', source: INFERRED },
  ],
  marketingOptOut: [
    { text: 'Cancelar suscripción a marketing', source: INFERRED },
    { text: 'Baja de marketing', source: INFERRED },
  ],
  visitWebsite: [
    { text: 'Visitar sitio web', source: INFERRED },
    { text: 'Ir al sitio web', source: INFERRED },
  ],
  callPhone: [
    { text: 'Llamar al número de teléfono', source: INFERRED },
    { text: 'Llamar por teléfono', source: INFERRED },
  ],
  copyOfferCode: [{ text: 'Copiar código de oferta', source: INFERRED }],
  completeFlow: [{ text: 'Completar flujo', source: INFERRED }],
  typeOfAction: [{ text: 'Tipo de acción', source: INFERRED }],
  buttonText: [{ text: 'Texto del botón', source: INFERRED }],
  urlType: [{ text: 'Tipo de URL', source: INFERRED }],
  urlStatic: [
    { text: 'Estática', source: INFERRED },
    { text: 'Estático', source: INFERRED },
  ],
  urlDynamic: [
    { text: 'Dinámica', source: INFERRED },
    { text: 'Dinámico', source: INFERRED },
  ],
  websiteUrl: [{ text: 'URL del sitio web', source: INFERRED }],
  phoneNumber: [{ text: 'Número de teléfono', source: INFERRED }],
  offerCode: [
    { text: 'Código de oferta', source: INFERRED },
    { text: 'Código de cupón', source: INFERRED },
  ],
  addButtons: [
    { text: 'Agregar botones', source: INFERRED },
    { text: 'Añadir botones', source: INFERRED },
  ],
  addVariable: [
    { text: 'Agregar variable', source: INFERRED },
    { text: 'Añadir variable', source: INFERRED },
  ],
  variableType: [{ text: 'Tipo de variable', source: INFERRED }],
  variableNumber: [{ text: 'Número', source: INFERRED }],
  variableName: [{ text: 'Nombre', source: INFERRED }],
  codeDelivery: [{ text: 'Configuración de envío del código', source: INFERRED }],
  zeroTap: [{ text: 'Autocompletar sin tocar', source: INFERRED }],
  oneTap: [{ text: 'Autocompletar con un toque', source: INFERRED }],
  copyCode: [{ text: 'Copiar código', source: INFERRED }],
  securityRecommendation: [
    { text: 'Agregar recomendación de seguridad', source: INFERRED },
    { text: 'Por tu seguridad, no compartas este código.', source: INFERRED },
  ],
  expiry: [{ text: 'Agregar tiempo de vencimiento del código', source: INFERRED }],
  expiryMinutes: [
    { text: 'Vence en', source: INFERRED },
    { text: 'Minutos', source: INFERRED },
  ],
  autofillIos: [{ text: 'Permitir autocompletar en iOS', source: INFERRED }],
  packageName: [{ text: 'Nombre del paquete', source: INFERRED }],
  signatureHash: [{ text: 'Hash de firma de la app', source: INFERRED }],
  validityPeriod: [{ text: 'Período de validez del mensaje', source: INFERRED }],
  submit: [
    { text: 'Enviar', source: INFERRED },
    { text: 'Enviar para revisión', source: INFERRED },
  ],
  next: [{ text: 'Siguiente', source: INFERRED }],
  createTemplate: [{ text: 'Crear plantilla', source: INFERRED }],
  manageTemplates: [
    { text: 'Administrar plantillas', source: INFERRED },
    { text: 'Plantillas de mensajes', source: INFERRED },
  ],
  optional: [{ text: 'Opcional', source: INFERRED }],
};
