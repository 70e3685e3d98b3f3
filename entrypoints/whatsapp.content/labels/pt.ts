/**
 * Portuguese (pt / pt_BR / pt_PT) WhatsApp Manager labels (data).
 * Every entry is our translation ("inferred") unless marked otherwise: check on the live site (DOM ref §8)
 * and fix the data here; the detector needs no code change.
 */
import type { LabelDictionary } from './types';

const INFERRED = 'inferred: translation of the English label, not seen on the live site';
const PT_MIRROR = 'C: Portuguese mirror of Meta "Template library" doc (DOM ref §2.2)';

export const PT: LabelDictionary = {
  name: [
    { text: 'Nome', source: INFERRED },
    { text: 'Nome do modelo', source: INFERRED },
    { text: 'Dê um nome ao seu modelo', source: INFERRED },
  ],
  language: [
    { text: 'Idioma', source: INFERRED },
    { text: 'Selecione o idioma', source: INFERRED },
  ],
  category: [{ text: 'Categoria', source: INFERRED }],
  header: [{ text: 'Cabeçalho', source: INFERRED }],
  body: [{ text: 'Corpo', source: INFERRED }],
  footer: [{ text: 'Rodapé', source: INFERRED }],
  buttons: [{ text: 'Botões', source: INFERRED }],
  bodySamples: [
    { text: 'Amostras para o conteúdo do corpo', source: INFERRED },
    { text: 'Amostras de variáveis', source: INFERRED },
    { text: 'Adicionar amostra', source: INFERRED },
  ],
  headerSamples: [{ text: 'Amostras para o conteúdo do cabeçalho', source: INFERRED }],
  preview: [
    { text: 'Prévia do modelo', source: INFERRED },
    { text: 'Pré-visualização', source: INFERRED },
    { text: 'Prévia', source: INFERRED },
  ],
  marketing: [{ text: 'Marketing', source: INFERRED }],
  utility: [
    { text: 'Utilidade', source: INFERRED },
    { text: 'Utilitário', source: INFERRED },
  ],
  authentication: [{ text: 'Autenticação', source: INFERRED }],
  custom: [
    { text: 'Personalizado', source: INFERRED },
    { text: 'Personalizada', source: INFERRED },
  ],
  oneTimePasscode: [
    { text: 'Senha de uso único', source: INFERRED },
    { text: 'Código de acesso único', source: INFERRED },
  ],
  formatCarousel: [
    { text: 'Carrossel', source: INFERRED },
    { text: 'Carrossel de cartões de mídia', source: INFERRED },
    { text: 'Carrossel de mídia', source: INFERRED },
  ],
  formatProductCarousel: [
    { text: 'Carrossel de cartões de produtos', source: INFERRED },
    { text: 'Carrossel de produtos', source: INFERRED },
  ],
  formatLimitedTimeOffer: [
    { text: 'Oferta por tempo limitado', source: INFERRED },
    { text: 'Oferta de tempo limitado', source: INFERRED },
  ],
  formatCallPermission: [
    { text: 'Solicitação de permissão de chamada', source: INFERRED },
    { text: 'Solicitação de permissões de chamada', source: INFERRED },
  ],
  formatCatalog: [{ text: 'Catálogo', source: INFERRED }],
  formatMultiProduct: [
    { text: 'Mensagem de vários produtos', source: INFERRED },
    { text: 'Vários produtos', source: INFERRED },
  ],
  headerNone: [{ text: 'Nenhum', source: INFERRED }],
  headerText: [{ text: 'Texto', source: INFERRED }],
  headerImage: [{ text: 'Imagem', source: INFERRED }],
  headerVideo: [{ text: 'Vídeo', source: INFERRED }],
  headerDocument: [{ text: 'Documento', source: INFERRED }],
  headerLocation: [{ text: 'Localização', source: INFERRED }],
  quickReply: [
    { text: 'Resposta rápida', source: INFERRED },
    { text: 'Respostas rápidas', source: INFERRED },
  ],
  marketingOptOut: [{ text: 'Cancelamento de marketing', source: INFERRED }],
  visitWebsite: [
    { text: 'Acessar o site', source: INFERRED },
    { text: 'Visitar site', source: INFERRED },
  ],
  callPhone: [
    { text: 'Ligar para o número de telefone', source: INFERRED },
    { text: 'Ligar', source: INFERRED },
  ],
  copyOfferCode: [{ text: 'Copiar código da oferta', source: INFERRED }],
  completeFlow: [{ text: 'Concluir fluxo', source: INFERRED }],
  typeOfAction: [{ text: 'Tipo de ação', source: INFERRED }],
  buttonText: [{ text: 'Texto do botão', source: INFERRED }],
  urlType: [{ text: 'Tipo de URL', source: INFERRED }],
  urlStatic: [
    { text: 'Estático', source: INFERRED },
    { text: 'Estática', source: INFERRED },
  ],
  urlDynamic: [
    { text: 'Dinâmico', source: INFERRED },
    { text: 'Dinâmica', source: INFERRED },
  ],
  websiteUrl: [{ text: 'URL do site', source: INFERRED }],
  phoneNumber: [{ text: 'Número de telefone', source: INFERRED }],
  offerCode: [
    { text: 'Código da oferta', source: INFERRED },
    { text: 'Código do cupom', source: INFERRED },
  ],
  addButtons: [{ text: 'Adicionar botões', source: INFERRED }],
  addVariable: [{ text: 'Adicionar variável', source: INFERRED }],
  variableType: [{ text: 'Tipo de variável', source: INFERRED }],
  variableNumber: [{ text: 'Número', source: INFERRED }],
  variableName: [{ text: 'Nome', source: INFERRED }],
  codeDelivery: [{ text: 'Configuração de entrega do código', source: INFERRED }],
  zeroTap: [{ text: 'Preenchimento automático sem toque', source: INFERRED }],
  oneTap: [{ text: 'Preenchimento automático com um toque', source: INFERRED }],
  copyCode: [{ text: 'Copiar código', source: INFERRED }],
  securityRecommendation: [
    { text: 'Adicionar recomendação de segurança', source: INFERRED },
    { text: 'Para sua segurança, não compartilhe este código.', source: INFERRED },
  ],
  expiry: [{ text: 'Adicionar tempo de expiração do código', source: INFERRED }],
  expiryMinutes: [
    { text: 'Expira em', source: INFERRED },
    { text: 'Minutos', source: INFERRED },
  ],
  autofillIos: [{ text: 'Permitir preenchimento automático no iOS', source: INFERRED }],
  packageName: [{ text: 'Nome do pacote', source: INFERRED }],
  signatureHash: [{ text: 'Hash de assinatura do app', source: INFERRED }],
  validityPeriod: [{ text: 'Período de validade da mensagem', source: INFERRED }],
  submit: [
    { text: 'Enviar', source: INFERRED },
    { text: 'Enviar para análise', source: INFERRED },
  ],
  next: [
    { text: 'Avançar', source: INFERRED },
    { text: 'Próximo', source: INFERRED },
  ],
  createTemplate: [{ text: 'Criar modelo', source: PT_MIRROR }],
  manageTemplates: [
    { text: 'Gerenciar modelos', source: INFERRED },
    { text: 'Modelos de mensagem', source: PT_MIRROR },
  ],
  optional: [{ text: 'Opcional', source: INFERRED }],
};
