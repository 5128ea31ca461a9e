/**
 * The end-of-timebox signal: three short tones made with the Web Audio API, so the app needs no audio
 * file and nothing from the network. Browsers only let a page make sound after a user gesture, so
 * starting the timer "primes" the audio context.
 */

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  try {
    context ??= new AudioContext();
    return context;
  } catch {
    return null;
  }
}

/** Call from a click or key press (Start): later beeps are then allowed to play. */
export function primeTimerSound(): void {
  const audio = audioContext();
  if (audio && audio.state === 'suspended') audio.resume().catch(() => undefined);
}

const BEEPS = 3;
const BEEP_SECONDS = 0.22;
const GAP_SECONDS = 0.16;
const PITCH_HZ = 880;

export function playTimerBeep(): void {
  const audio = audioContext();
  if (!audio) return;
  try {
    if (audio.state === 'suspended') audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.02;
    for (let beep = 0; beep < BEEPS; beep += 1) {
      const at = start + beep * (BEEP_SECONDS + GAP_SECONDS);
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = PITCH_HZ;
      // A quick fade in and out: a hard start or stop clicks in the speakers.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + BEEP_SECONDS);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + BEEP_SECONDS + 0.02);
    }
  } catch {
    // No audio output: the flash and the announcement still say the time is up.
  }
}
