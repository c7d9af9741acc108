/**
 * The place on the filing form where the voice control for the description goes (issue 19, voice:
 * speech to text and voice notes): first in the 投诉内容 field, above the text box, in both modes — in
 * elderly mode the description comes right after the category, so speaking is the first thing asked.
 * It draws nothing until the voice work fills it.
 */
export default function VoiceSlot() {
  // TODO(issue 19): the voice control (WechatSI speech to text, the recorder) renders here.
  return null
}
