import './styles.css';
import { App } from './app.ts';

new App(document.getElementById('app')!);
